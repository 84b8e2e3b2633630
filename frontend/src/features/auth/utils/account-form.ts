import type { LoginInput, RegisterInput, Violation } from '@/api/types';

// The server's rules for accounts (POST /auth/register), checked here first so people learn at once.
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 64;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** bcrypt reads at most 72 bytes; the server refuses longer passwords rather than ignore the rest. */
export const PASSWORD_MAX_BYTES = 72;
export const DISPLAY_NAME_MAX = 100;

const USERNAME_CHARACTERS = /^[A-Za-z0-9._-]+$/;
const CONTROL_CHARACTER = /\p{Cc}/u;

export type RegisterValues = RegisterInput;
export type RegisterField = keyof RegisterValues;
export type SignInValues = LoginInput;
export type SignInField = keyof SignInValues;
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export const REGISTER_FIELDS: readonly RegisterField[] = ['displayName', 'username', 'password'];
export const SIGN_IN_FIELDS: readonly SignInField[] = ['username', 'password'];

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkUsername(username: string): string | undefined {
  if (!username) {
    return 'Enter a username.';
  }
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX) {
    return `Use ${USERNAME_MIN} to ${USERNAME_MAX} characters (now ${username.length}).`;
  }
  if (!USERNAME_CHARACTERS.test(username)) {
    return 'Use only letters, digits, dots (.), hyphens (-) and underscores (_), without spaces.';
  }
  return undefined;
}

export function checkNewPassword(password: string): string | undefined {
  if (!password) {
    return 'Enter a password.';
  }
  if (password.length < PASSWORD_MIN) {
    return `Use at least ${PASSWORD_MIN} characters (now ${password.length}).`;
  }
  if (password.length > PASSWORD_MAX || utf8Length(password) > PASSWORD_MAX_BYTES) {
    return `Use a shorter password: at most ${PASSWORD_MAX_BYTES} bytes, where a letter with an accent or an emoji takes 2 to 4.`;
  }
  return undefined;
}

export function checkDisplayName(displayName: string): string | undefined {
  const trimmed = displayName.trim();
  if (!trimmed) {
    return 'Enter the name to show on your bookings.';
  }
  if (trimmed.length > DISPLAY_NAME_MAX) {
    return `Use at most ${DISPLAY_NAME_MAX} characters (now ${trimmed.length}).`;
  }
  if (CONTROL_CHARACTER.test(trimmed)) {
    return 'Remove tabs, line breaks and other control characters.';
  }
  return undefined;
}

type Validation<F extends string, R> = { errors: FieldErrors<F>; request?: undefined } | { errors: FieldErrors<F>; request: R };

function result<F extends string, R>(errors: FieldErrors<F>, request: R): Validation<F, R> {
  return Object.values(errors).some(Boolean) ? { errors } : { errors: {}, request };
}

/** Checks a registration as the server will; the request carries the trimmed display name. */
export function validateRegistration(values: RegisterValues): Validation<RegisterField, RegisterInput> {
  const errors: FieldErrors<RegisterField> = {
    displayName: checkDisplayName(values.displayName),
    username: checkUsername(values.username),
    password: checkNewPassword(values.password),
  };
  return result(errors, { ...values, displayName: values.displayName.trim() });
}

/**
 * Signing in only needs both fields: any other rule would tell a stranger something about the
 * accounts, and the server answers every wrong pair the same way.
 */
export function validateSignIn(values: SignInValues): Validation<SignInField, LoginInput> {
  const errors: FieldErrors<SignInField> = {
    username: values.username ? undefined : 'Enter your username.',
    password: values.password ? undefined : 'Enter your password.',
  };
  return result(errors, values);
}

/**
 * Splits the server's violations into those of a form field and the rest. The server may name a
 * field by its full property path (e.g. `register.request.username`), so the last segment counts.
 */
export function violationsByField<F extends string>(
  violations: readonly Violation[],
  fields: readonly F[],
): { fields: FieldErrors<F>; other: Violation[] } {
  const byField: FieldErrors<F> = {};
  const other: Violation[] = [];
  for (const violation of violations) {
    const field = fields.find((name) => violation.field.split('.').pop() === name);
    if (field) {
      const known = byField[field];
      byField[field] = known ? `${known} ${violation.message}` : violation.message;
    } else {
      other.push(violation);
    }
  }
  return { fields: byField, other };
}

/** The first field with an error, in the form's order: where focus goes after a failed submit. */
export function firstInvalid<F extends string>(errors: FieldErrors<F>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field]);
}
