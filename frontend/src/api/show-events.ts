import type { SeatMapSnapshotEvent, SeatsChangedEvent, ShowDetail } from './types';

/**
 * GET /shows/{showId}/events: the live seat map as Server-Sent Events (public, same origin). With
 * `since` (the version of the map in hand) the server starts with the changes after it, or a fresh
 * snapshot when that version is too old; the browser's own reconnects send Last-Event-ID instead,
 * which the server prefers.
 */
export function showEventsUrl(showId: string, since?: number): string {
  const path = `/shows/${encodeURIComponent(showId)}/events`;
  return since === undefined ? path : `${path}?lastEventId=${since}`;
}

/** `event: snapshot`: the whole seat map at a version (what the app reads of it). */
export type SeatSnapshot = Pick<SeatMapSnapshotEvent, 'showId' | 'version' | 'totalSeats' | 'reservedSeats'>;

/** `event: seats`: one change of the show's seats (held, booked, released by a cancel or an expiry). */
export type SeatChange = SeatsChangedEvent;

function record(data: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function seats(value: unknown): number[] | undefined {
  return Array.isArray(value) && value.every((seat) => Number.isInteger(seat) && seat > 0) ? (value as number[]) : undefined;
}

function version(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Reads a snapshot event's data; undefined for anything malformed (which is then ignored). */
export function parseSnapshot(data: string): SeatSnapshot | undefined {
  const body = record(data);
  const reservedSeats = seats(body?.reservedSeats);
  const at = version(body?.version);
  if (!body || typeof body.showId !== 'string' || at === undefined || !reservedSeats || typeof body.totalSeats !== 'number') {
    return undefined;
  }
  return { showId: body.showId, version: at, totalSeats: body.totalSeats, reservedSeats };
}

/** Reads a seats event's data; undefined for anything malformed (which is then ignored). */
export function parseChange(data: string): SeatChange | undefined {
  const body = record(data);
  const reserved = seats(body?.reserved ?? []);
  const released = seats(body?.released ?? []);
  const at = version(body?.version);
  if (!body || typeof body.showId !== 'string' || at === undefined || !reserved || !released) {
    return undefined;
  }
  return { showId: body.showId, version: at, reserved, released };
}

/** Of two copies of a show's seat map, whether the first is strictly newer. */
export function isNewer(a: ShowDetail | undefined, b: ShowDetail): boolean {
  return a !== undefined && a.version > b.version;
}
