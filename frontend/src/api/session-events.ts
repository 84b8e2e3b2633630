type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * The API answered 401 where a session was needed: it expired, was signed out elsewhere or never
 * existed. The app listens (src/app) and sends the person to sign in, then back.
 */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function sessionEnded() {
  listeners.forEach((listener) => listener());
}
