import { describe, expect, it } from 'vitest';
import { attachmentName } from './download-bookings';

describe('attachmentName', () => {
  it.each([
    ['attachment; filename="bookings-swan.csv"', 'bookings-swan.csv'],
    ['attachment; filename=bookings.csv', 'bookings.csv'],
    ["attachment; filename=\"plain.csv\"; filename*=UTF-8''Schw%C3%A4ne.csv", 'Schwäne.csv'],
    ['attachment', undefined],
    [null, undefined],
  ])('reads %j', (header, name) => {
    expect(attachmentName(header)).toBe(name);
  });
});
