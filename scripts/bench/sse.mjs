// A small Server-Sent Events client over node:http (Node 20 has no EventSource), for the load and
// cluster scripts. openStream(url, options) connects once; the caller decides about reconnecting.
//   options.lastEventId   sent as Last-Event-ID
//   options.onOpen(status, headers)
//   options.onEvent({ event, id, data, retry, comment, at })   at: performance.now() on arrival
//   options.onEnd(error | null)
// Returns { close() }.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export function openStream(url, { lastEventId, onOpen = () => {}, onEvent = () => {}, onEnd = () => {} } = {}) {
  let ended = false;
  const end = (error) => {
    if (!ended) {
      ended = true;
      onEnd(error ?? null);
    }
  };
  const headers = { accept: 'text/event-stream' };
  if (lastEventId != null) headers['last-event-id'] = String(lastEventId);
  const request = http.get(url, { headers, agent: false }, (response) => {
    onOpen(response.statusCode, response.headers);
    if (response.statusCode !== 200) {
      response.resume();
      response.on('end', () => end(new Error(`HTTP ${response.statusCode}`)));
      return;
    }
    response.setEncoding('utf8');
    let buffer = '';
    response.on('data', (chunk) => {
      const at = performance.now();
      buffer += chunk;
      let boundary;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event = { event: 'message', id: null, data: null, retry: null, comment: null, at };
        for (const line of block.split('\n')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === '') event.comment = value;
          else if (field === 'event') event.event = value;
          else if (field === 'id') event.id = value;
          else if (field === 'retry') event.retry = Number(value);
          else if (field === 'data') event.data = event.data == null ? value : `${event.data}\n${value}`;
        }
        if (event.data == null && event.retry == null) {
          event.event = 'comment';
        }
        onEvent(event);
      }
    });
    response.on('end', () => end(null));
    response.on('error', end);
    response.on('close', () => end(null));
  });
  request.on('error', end);
  return {
    close() {
      ended = true;
      request.destroy();
    },
  };
}

/**
 * A seat map kept from the events, as a browser keeps it; reconnects with Last-Event-ID whenever the
 * stream ends (after the retry hint, or at once), until closed.
 */
export class LiveSeatMap {
  constructor(baseUrl, showId, { onChange = () => {}, reconnectDelay = 200 } = {}) {
    this.url = `${baseUrl}/shows/${showId}/events`;
    this.reserved = new Set();
    this.version = null;
    this.events = 0;
    this.snapshots = 0;
    this.reconnects = 0;
    this.failures = [];
    this.backwards = 0;
    this.onChange = onChange;
    this.reconnectDelay = reconnectDelay;
    this.closed = false;
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.connect();
  }

  connect() {
    let retry = this.reconnectDelay;
    this.stream = openStream(this.url, {
      lastEventId: this.version,
      onOpen: (status) => {
        if (status !== 200) this.failures.push(`HTTP ${status}`);
      },
      onEvent: (event) => {
        if (event.retry != null) retry = event.retry;
        if (event.event === 'snapshot') {
          const data = JSON.parse(event.data);
          this.reserved = new Set(data.reservedSeats);
          this.version = data.version;
          this.snapshots++;
          this.events++;
          this.resolveReady();
        } else if (event.event === 'seats') {
          const data = JSON.parse(event.data);
          if (this.version != null && data.version <= this.version) {
            this.backwards++;
            return;
          }
          this.version = data.version;
          data.reserved.forEach((seat) => this.reserved.add(seat));
          data.released.forEach((seat) => this.reserved.delete(seat));
          this.events++;
          this.resolveReady();
          this.onChange(data, event.at);
        }
      },
      onEnd: () => {
        if (this.closed) return;
        this.reconnects++;
        setTimeout(() => this.connect(), Math.min(retry, 2000));
      },
    });
  }

  close() {
    this.closed = true;
    this.stream.close();
  }
}
