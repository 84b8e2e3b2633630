/** The readable cookie the server sets at sign-in; cookie-authenticated writes must echo it. */
export const CSRF_COOKIE = 'sb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of the sb_csrf cookie, exactly as the server set it, or undefined when there is none. */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === CSRF_COOKIE) {
      return pair.slice(separator + 1).trim() || undefined;
    }
  }
  return undefined;
}
