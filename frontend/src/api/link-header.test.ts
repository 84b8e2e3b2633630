import { describe, expect, it } from 'vitest';
import { nextCursor } from './link-header';

describe('nextCursor', () => {
  it('takes the cursor of the rel="next" link', () => {
    expect(nextCursor('</me/bookings?limit=20&cursor=eyJ0IjoxfQ%3D%3D>; rel="next"')).toBe('eyJ0IjoxfQ==');
  });

  it('finds the next link among others', () => {
    const header = '</me/bookings?limit=20>; rel="first", </me/bookings?cursor=abc&limit=20>; rel=next';
    expect(nextCursor(header)).toBe('abc');
  });

  it('is undefined on the last page', () => {
    expect(nextCursor(null)).toBeUndefined();
    expect(nextCursor('</me/bookings?limit=20>; rel="first"')).toBeUndefined();
    expect(nextCursor('</me/bookings?limit=20>; rel="next"')).toBeUndefined();
  });
});
