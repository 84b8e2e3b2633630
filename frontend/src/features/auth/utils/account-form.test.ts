import { describe, expect, it } from 'vitest';
import { checkDisplayName, checkNewPassword, checkUsername, validateRegistration, validateSignIn, violationsByField } from './account-form';

describe('checkUsername', () => {
  it.each(['ada', 'Ada.Lovelace_1815-x', 'a'.repeat(64)])('accepts %s', (username) => {
    expect(checkUsername(username)).toBeUndefined();
  });

  it.each([
    ['', 'Enter a username.'],
    ['ab', 'Use 3 to 64 characters (now 2).'],
    ['a'.repeat(65), 'Use 3 to 64 characters (now 65).'],
    ['ada lovelace', 'Use only letters, digits, dots (.), hyphens (-) and underscores (_), without spaces.'],
    ['adà', 'Use only letters, digits, dots (.), hyphens (-) and underscores (_), without spaces.'],
    ["x' OR 1=1", 'Use only letters, digits, dots (.), hyphens (-) and underscores (_), without spaces.'],
  ])('refuses %j', (username, message) => {
    expect(checkUsername(username)).toBe(message);
  });
});

describe('checkNewPassword', () => {
  it('accepts 10 to 72 bytes', () => {
    expect(checkNewPassword('a'.repeat(10))).toBeUndefined();
    expect(checkNewPassword('a'.repeat(72))).toBeUndefined();
    expect(checkNewPassword('é'.repeat(36))).toBeUndefined();
  });

  it('refuses short passwords', () => {
    expect(checkNewPassword('')).toBe('Enter a password.');
    expect(checkNewPassword('123456789')).toBe('Use at least 10 characters (now 9).');
  });

  it('refuses more than 72 bytes, however few the characters', () => {
    expect(checkNewPassword('a'.repeat(73))).toMatch(/^Use a shorter password: at most 72 bytes/);
    expect(checkNewPassword('é'.repeat(37))).toMatch(/^Use a shorter password/);
    expect(checkNewPassword('🎭'.repeat(19))).toMatch(/^Use a shorter password/);
  });
});

describe('checkDisplayName', () => {
  it('accepts a trimmed name of 1 to 100 characters, HTML and all', () => {
    expect(checkDisplayName('  Ada  ')).toBeUndefined();
    expect(checkDisplayName('<b>Ada</b>')).toBeUndefined();
    expect(checkDisplayName('x'.repeat(100))).toBeUndefined();
  });

  it.each([
    ['   ', 'Enter the name to show on your bookings.'],
    ['x'.repeat(101), 'Use at most 100 characters (now 101).'],
    ['Ada\tLovelace', 'Remove tabs, line breaks and other control characters.'],
    ['Ada\nLovelace', 'Remove tabs, line breaks and other control characters.'],
  ])('refuses %j', (name, message) => {
    expect(checkDisplayName(name)).toBe(message);
  });
});

describe('validateRegistration', () => {
  it('gives a request with the display name trimmed when all is well', () => {
    expect(validateRegistration({ displayName: ' Ada ', username: 'ada', password: 'correct horse' })).toEqual({
      errors: {},
      request: { displayName: 'Ada', username: 'ada', password: 'correct horse' },
    });
  });

  it('gives every field’s problem and no request otherwise', () => {
    const result = validateRegistration({ displayName: '', username: 'a b', password: 'short' });

    expect(result.request).toBeUndefined();
    expect(Object.keys(result.errors).filter((field) => result.errors[field as keyof typeof result.errors])).toEqual([
      'displayName',
      'username',
      'password',
    ]);
  });
});

describe('validateSignIn', () => {
  it('only needs both fields, sent as typed', () => {
    expect(validateSignIn({ username: 'Ada', password: 'x' })).toEqual({ errors: {}, request: { username: 'Ada', password: 'x' } });
    expect(validateSignIn({ username: '', password: '' }).errors).toEqual({
      username: 'Enter your username.',
      password: 'Enter your password.',
    });
  });
});

describe('violationsByField', () => {
  it('matches the last segment of the server’s field path and keeps the rest apart', () => {
    const result = violationsByField(
      [
        { field: 'register.request.username', message: 'size must be between 3 and 64' },
        { field: 'password', message: 'is too long' },
        { field: 'body', message: 'must be an object' },
      ],
      ['username', 'password'] as const,
    );

    expect(result.fields).toEqual({ username: 'size must be between 3 and 64', password: 'is too long' });
    expect(result.other).toEqual([{ field: 'body', message: 'must be an object' }]);
  });
});
