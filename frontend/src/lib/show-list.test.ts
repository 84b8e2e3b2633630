import { describe, expect, it } from 'vitest';
import { dateRange, isFiltered, NO_FILTERS } from './show-list';

describe('dateRange', () => {
  // Tests run in UTC, so local midnight is UTC midnight.
  it('runs from the first day’s start to the end of the last day', () => {
    expect(dateRange('2030-03-01', '2030-03-31')).toEqual({ from: '2030-03-01T00:00:00Z', to: '2030-04-01T00:00:00Z' });
  });

  it('leaves out an end that is not given', () => {
    expect(dateRange('2030-03-01', '')).toEqual({ from: '2030-03-01T00:00:00Z' });
    expect(dateRange('', '')).toEqual({});
  });

  it('refuses a range that ends before it starts', () => {
    expect(dateRange('2030-03-02', '2030-03-01')).toEqual({ error: 'The last day is before the first day.' });
  });

  it('accepts a single day', () => {
    expect(dateRange('2030-03-01', '2030-03-01')).toEqual({ from: '2030-03-01T00:00:00Z', to: '2030-03-02T00:00:00Z' });
  });
});

describe('isFiltered', () => {
  it('is false only for upcoming shows without a search or dates', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, search: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, search: 'swan' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, when: 'all' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, to: '2030-01-01' })).toBe(true);
  });
});
