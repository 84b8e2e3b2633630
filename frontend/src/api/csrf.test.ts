import { describe, expect, it } from 'vitest';
import { csrfToken } from './csrf';

describe('csrfToken', () => {
  it('reads the sb_csrf cookie among others, exactly as set', () => {
    expect(csrfToken('theme=dark; sb_csrf=Zm9v-YmFy_=; other=1')).toBe('Zm9v-YmFy_=');
  });

  it('is undefined without the cookie, or when it is empty', () => {
    expect(csrfToken('')).toBeUndefined();
    expect(csrfToken('sb_csrf_old=x; xsb_csrf=y')).toBeUndefined();
    expect(csrfToken('sb_csrf=')).toBeUndefined();
  });
});
