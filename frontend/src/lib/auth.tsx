import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Role = 'user' | 'admin';

export interface User {
  name: string;
  role: Role;
}

/** Same limit as the API's userName. */
export const MAX_NAME_LENGTH = 100;

export const AUTH_STORAGE_KEY = 'seat-booking.user';

interface AuthContextValue {
  user: User | null;
  signIn: (name: string, role: Role) => void;
  signOut: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function readStoredUser(): User | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(AUTH_STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) {
      return null;
    }
    const { name, role } = parsed as Record<string, unknown>;
    if (typeof name !== 'string' || (role !== 'user' && role !== 'admin')) {
      return null;
    }
    const trimmed = name.trim();
    return trimmed && trimmed.length <= MAX_NAME_LENGTH ? { name: trimmed, role } : null;
  } catch {
    return null;
  }
}

/** Mock sign-in: the user is whoever they say they are, remembered in localStorage. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(readStoredUser);

  const signIn = useCallback((name: string, role: Role) => {
    const next = { name: name.trim(), role };
    window.localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(next));
    setUser(next);
  }, []);

  const signOut = useCallback(() => {
    window.localStorage.removeItem(AUTH_STORAGE_KEY);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) {
    throw new Error('useAuth must be used inside an AuthProvider');
  }
  return context;
}
