import { describe, expect, it } from 'vitest';
import { isAdmin, registerPath, safeNext, signInPath } from './auth';

describe('safeNext', () => {
  it.each([
    ['/booking/abc?x=1#seats', '/booking/abc?x=1#seats'],
    ['/admin', '/admin'],
    ['/my-bookings', '/my-bookings'],
  ])('keeps a path of this app: %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a full URL', 'https://elsewhere.example/steal'],
    ['a protocol-relative URL', '//elsewhere.example/steal'],
    ['a backslash trick', '/\\elsewhere.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'admin'],
    ['the sign-in page itself', '/sign-in?next=/admin'],
    ['the registration page', '/register'],
  ])('goes to the shows instead of %s', (_, next) => {
    expect(safeNext(next)).toBe('/');
  });
});

describe('signInPath and registerPath', () => {
  it('carry where to return, encoded', () => {
    expect(signInPath('/booking/abc?x=1')).toBe('/sign-in?next=%2Fbooking%2Fabc%3Fx%3D1');
    expect(registerPath('/admin')).toBe('/register?next=%2Fadmin');
  });

  it('leave out a return to the start page', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});

describe('isAdmin', () => {
  it('is true for accounts with the admin role only', () => {
    expect(isAdmin({ username: 'root', displayName: 'Root', roles: ['admin'] })).toBe(true);
    expect(isAdmin({ username: 'ada', displayName: 'Ada', roles: ['customer'] })).toBe(false);
    expect(isAdmin(null)).toBe(false);
    expect(isAdmin(undefined)).toBe(false);
  });
});
