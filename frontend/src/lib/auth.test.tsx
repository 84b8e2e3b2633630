import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUTH_STORAGE_KEY, AuthProvider, useAuth } from './auth';

function stored() {
  return JSON.parse(window.localStorage.getItem(AUTH_STORAGE_KEY) ?? 'null') as unknown;
}

describe('AuthProvider', () => {
  it('signs in with a trimmed name and role, remembered in localStorage', () => {
    const { result } = renderHook(useAuth, { wrapper: AuthProvider });
    expect(result.current.user).toBeNull();

    act(() => result.current.signIn('  Ada  ', 'admin'));

    expect(result.current.user).toEqual({ name: 'Ada', role: 'admin' });
    expect(stored()).toEqual({ name: 'Ada', role: 'admin' });
  });

  it('restores the user after a reload', () => {
    window.localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ name: 'Grace', role: 'user' }));

    const { result } = renderHook(useAuth, { wrapper: AuthProvider });

    expect(result.current.user).toEqual({ name: 'Grace', role: 'user' });
  });

  it('signs out and forgets the user', () => {
    window.localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ name: 'Grace', role: 'user' }));
    const { result } = renderHook(useAuth, { wrapper: AuthProvider });

    act(() => result.current.signOut());

    expect(result.current.user).toBeNull();
    expect(window.localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['not json', '{'],
    ['an unknown role', JSON.stringify({ name: 'Eve', role: 'root' })],
    ['a blank name', JSON.stringify({ name: '  ', role: 'user' })],
    ['a name that is too long', JSON.stringify({ name: 'x'.repeat(101), role: 'user' })],
  ])('ignores stored data with %s', (_, value) => {
    window.localStorage.setItem(AUTH_STORAGE_KEY, value);

    const { result } = renderHook(useAuth, { wrapper: AuthProvider });

    expect(result.current.user).toBeNull();
  });
});
