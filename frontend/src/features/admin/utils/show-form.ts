import type { CreateShowInput, Violation } from '@/api/types';

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
