import { useQuery } from '@tanstack/react-query';
import { getMeQueryOptions } from '@/api/get-me';
import type { User } from '@/api/types';

export type { User };

/**
 * Who is signed in, as the server says (GET /me): a user, null for nobody, undefined while not
 * yet known. The session itself is an httpOnly cookie the app never sees.
 */
export function useUser() {
  const { data, error, refetch } = useQuery(getMeQueryOptions());
  return { user: data, error: data === undefined ? error : null, retry: () => void refetch() };
}

export function isAdmin(user: User | null | undefined): boolean {
  return user?.roles.includes('admin') ?? false;
}

/** The pages that sign people in; they never send anyone back to themselves. */
export const SIGN_IN_PATH = '/sign-in';
export const REGISTER_PATH = '/register';

/**
 * A place inside this app to return to after signing in: a path on this origin, never a full URL
 * (so a link cannot send someone elsewhere after they typed their password).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/')) {
    return '/';
  }
  // Parsed as the browser would (which reads "//host" and "/\\host" as another site), then kept
  // only if it stayed on this origin.
  const base = 'http://app.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return '/';
  }
  if (url.origin !== base || url.pathname === SIGN_IN_PATH || url.pathname === REGISTER_PATH) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

function withNext(path: string, next: string | undefined): string {
  const target = next === undefined ? '/' : safeNext(next);
  return target === '/' ? path : `${path}?next=${encodeURIComponent(target)}`;
}

/** The sign-in page, returning to `next` (a path of this app) afterwards. */
export function signInPath(next?: string): string {
  return withNext(SIGN_IN_PATH, next);
}

/** The registration page, returning to `next` afterwards. */
export function registerPath(next?: string): string {
  return withNext(REGISTER_PATH, next);
}

/** Why the sign-in page was opened, passed in the navigation's state. */
export type SignInReason = 'session-ended' | 'sign-in-required';
