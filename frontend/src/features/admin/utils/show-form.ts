import type { CreateShowInput, ShowDetail, UpdateShowInput, Violation } from '@/api/types';

export const MAX_SHOW_NAME_LENGTH = 200;
export const MAX_TOTAL_SEATS = 100_000;

export interface ShowFormValues {
  name: string;
  /** The value of a datetime-local input, in the user's time zone. */
  startTime: string;
  totalSeats: string;
}

export type ShowField = keyof ShowFormValues;
export type ShowFormErrors = Partial<Record<ShowField, string>>;

export const SHOW_FIELDS: readonly ShowField[] = ['name', 'startTime', 'totalSeats'];

type Validation = { errors: ShowFormErrors; request?: undefined } | { errors: Record<string, never>; request: CreateShowInput };

/** Checks the form as the API will (trimmed name 1..200, future start, 1..100000 seats). */
export function validateShowForm(values: ShowFormValues, now: Date): Validation {
  const errors: ShowFormErrors = {};

  const name = values.name.trim();
  if (!name) {
    errors.name = 'Enter a name.';
  } else if (name.length > MAX_SHOW_NAME_LENGTH) {
    errors.name = `Use at most ${MAX_SHOW_NAME_LENGTH} characters (now ${name.length}).`;
  }

  const start = new Date(values.startTime);
  if (!values.startTime) {
    errors.startTime = 'Choose a start time.';
  } else if (Number.isNaN(start.getTime())) {
    errors.startTime = 'Enter a valid date and time.';
  } else if (start.getTime() <= now.getTime()) {
    errors.startTime = 'The start time must be in the future.';
  }

  const seatsText = values.totalSeats.trim();
  const seats = Number(seatsText);
  if (!seatsText) {
    errors.totalSeats = 'Enter the number of seats.';
  } else if (!/^\d+$/.test(seatsText) || !Number.isSafeInteger(seats)) {
    errors.totalSeats = 'Enter a whole number.';
  } else if (seats < 1 || seats > MAX_TOTAL_SEATS) {
    errors.totalSeats = `Enter a number from 1 to ${MAX_TOTAL_SEATS.toLocaleString()}.`;
  }

  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    errors: {},
    request: { name, startTime: start.toISOString().replace(/\.\d{3}Z$/, 'Z'), totalSeats: seats },
  };
}

/**
 * Splits the server's violations into those of a form field and the rest. The server may name a
 * field by its full property path (e.g. `create.request.totalSeats`), so the last segment counts.
 */
export function violationsByField(violations: readonly Violation[]): { fields: ShowFormErrors; other: Violation[] } {
  const fields: ShowFormErrors = {};
  const other: Violation[] = [];
  for (const violation of violations) {
    const field = SHOW_FIELDS.find((name) => violation.field.split('.').pop() === name);
    if (field) {
      fields[field] = fields[field] ? `${fields[field]} ${violation.message}` : violation.message;
    } else {
      other.push(violation);
    }
  }
  return { fields, other };
}

/** An instant as a datetime-local input shows it: in the user's time zone, to the minute. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => value.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The edit form filled with the show as the server has it. */
export function editValues(show: Pick<ShowDetail, 'name' | 'startTime' | 'totalSeats'>): ShowFormValues {
  return { name: show.name, startTime: toLocalInput(show.startTime), totalSeats: String(show.totalSeats) };
}

type EditValidation =
  | { errors: ShowFormErrors; changes?: undefined }
  | { errors: Record<string, never>; changes: UpdateShowInput };

/**
 * Checks an edit as the API will, but only what changed (a show that has started keeps its start
 * time unless it is moved), and turns it into a merge patch of the changed fields. `changes` is
 * empty when nothing changed.
 */
export function validateShowEdit(values: ShowFormValues, original: ShowFormValues, now: Date): EditValidation {
  const full = validateShowForm(
    {
      name: values.name,
      // An unchanged start time may be in the past now (a started show); it is not sent, so not checked.
      startTime: values.startTime === original.startTime ? '2999-01-01T00:00' : values.startTime,
      totalSeats: values.totalSeats,
    },
    now,
  );
  if (!full.request) {
    return { errors: full.errors };
  }
  const changes: UpdateShowInput = {};
  if (full.request.name !== original.name.trim()) {
    changes.name = full.request.name;
  }
  if (values.startTime !== original.startTime) {
    changes.startTime = full.request.startTime;
  }
  if (full.request.totalSeats !== Number(original.totalSeats)) {
    changes.totalSeats = full.request.totalSeats;
  }
  return { errors: {}, changes };
}
