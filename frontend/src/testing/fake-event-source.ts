import { act } from '@testing-library/react';

/**
 * An EventSource the test drives (jsdom has none): every stream the app opens is recorded, and
 * the test opens it, sends it events and makes it fail. Installed for every test by setup.ts.
 */
export class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  /** Every stream opened since the test began, oldest first. */
  static readonly instances: FakeEventSource[] = [];

  readonly url: string;
  readonly withCredentials = false;
  readyState = FakeEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  get closed(): boolean {
    return this.readyState === FakeEventSource.CLOSED;
  }

  private fire(event: Event) {
    act(() => {
      this.dispatchEvent(event);
      if (event.type === 'open') {
        this.onopen?.(event);
      } else if (event.type === 'error') {
        this.onerror?.(event);
      } else if (event.type === 'message') {
        this.onmessage?.(event as MessageEvent);
      }
    });
  }

  /** The server accepted the stream. */
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.fire(new Event('open'));
  }

  /** The server sent `event: <type>`, `id: <id>`, `data: <JSON of data>`. */
  emit(type: string, data: unknown, id?: string) {
    this.fire(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id ?? '' }));
  }

  /**
   * The stream failed: `closed` as after an error status or a wrong content type (the browser gives
   * up), otherwise as after a dropped connection (the browser reconnects by itself).
   */
  fail({ closed = false }: { closed?: boolean } = {}) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.fire(new Event('error'));
  }

  /** The latest stream opened to `path` (query ignored), or to anywhere. */
  static latest(path?: string): FakeEventSource {
    const found = FakeEventSource.instances.filter((source) => path === undefined || source.url.split('?')[0]?.endsWith(path)).at(-1);
    if (!found) {
      throw new Error(`No EventSource was opened${path ? ` for ${path}` : ''}`);
    }
    return found;
  }

  /** Streams still open or connecting. */
  static active(): FakeEventSource[] {
    return FakeEventSource.instances.filter((source) => !source.closed);
  }

  static reset() {
    FakeEventSource.instances.splice(0);
  }
}

/** Makes EventSource what the app's code finds (unless a test removes it to see the fallback). */
export function installFakeEventSource() {
  (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
}
