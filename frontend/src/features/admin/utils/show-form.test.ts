import { describe, expect, it } from 'vitest';
import { validateShowForm, violationsByField } from './show-form';

const NOW = new Date('2030-06-01T12:00:00Z');
const valid = { name: '  Winter Concert  ', startTime: '2030-12-24T19:30', totalSeats: '120' };

describe('validateShowForm', () => {
  it('turns valid input into the API request, with a trimmed name and a UTC start time', () => {
    const result = validateShowForm(valid, NOW);

    expect(result.errors).toEqual({});
    // Tests run in UTC, so the local time typed in is also the UTC time.
    expect(result.request).toEqual({ name: 'Winter Concert', startTime: '2030-12-24T19:30:00Z', totalSeats: 120 });
  });

  it.each([
    ['', 'Enter a name.'],
    ['    ', 'Enter a name.'],
    ['x'.repeat(201), 'Use at most 200 characters (now 201).'],
  ])('rejects the name %j', (name, message) => {
    expect(validateShowForm({ ...valid, name }, NOW).errors.name).toBe(message);
  });

  it('accepts a name of exactly 200 characters after trimming', () => {
    expect(validateShowForm({ ...valid, name: ` ${'x'.repeat(200)} ` }, NOW).errors.name).toBeUndefined();
  });

  it.each([
    ['', 'Choose a start time.'],
    ['not a date', 'Enter a valid date and time.'],
    ['2030-06-01T12:00', 'The start time must be in the future.'],
    ['2029-01-01T00:00', 'The start time must be in the future.'],
  ])('rejects the start time %j', (startTime, message) => {
    expect(validateShowForm({ ...valid, startTime }, NOW).errors.startTime).toBe(message);
  });

  it.each([
    ['', 'Enter the number of seats.'],
    ['0', 'Enter a number from 1 to 100,000.'],
    ['100001', 'Enter a number from 1 to 100,000.'],
    ['1.5', 'Enter a whole number.'],
    ['-3', 'Enter a whole number.'],
    ['1e3', 'Enter a whole number.'],
  ])('rejects %j seats', (totalSeats, message) => {
    expect(validateShowForm({ ...valid, totalSeats }, NOW).errors.totalSeats).toBe(message);
  });

  it.each(['1', '100000'])('accepts %s seats', (totalSeats) => {
    expect(validateShowForm({ ...valid, totalSeats }, NOW).request?.totalSeats).toBe(Number(totalSeats));
  });
});

describe('violationsByField', () => {
  it('matches server fields by the last segment of their path and keeps the rest apart', () => {
    const result = violationsByField([
      { field: 'create.request.name', message: 'must not be blank' },
      { field: 'totalSeats', message: 'must be at most 100000' },
      { field: 'body', message: 'unknown field "colour"' },
    ]);

    expect(result.fields).toEqual({ name: 'must not be blank', totalSeats: 'must be at most 100000' });
    expect(result.other).toEqual([{ field: 'body', message: 'unknown field "colour"' }]);
  });
});
