import { describe, expect, it } from 'vitest';
import { editValues, validateShowEdit, validateShowForm, violationsByField } from './show-form';

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

describe('validateShowEdit', () => {
  const original = { name: 'Winter Concert', startTime: '2030-12-24T19:30', totalSeats: '120' };

  it('sends only what changed, trimmed and in UTC', () => {
    expect(validateShowEdit({ ...original, name: ' Winter Gala ' }, original, NOW)).toEqual({ errors: {}, changes: { name: 'Winter Gala' } });
    expect(validateShowEdit({ ...original, startTime: '2030-12-25T20:00', totalSeats: '90' }, original, NOW).changes).toEqual({
      startTime: '2030-12-25T20:00:00Z',
      totalSeats: 90,
    });
  });

  it('has nothing to send when nothing changed', () => {
    expect(validateShowEdit(original, original, NOW)).toEqual({ errors: {}, changes: {} });
  });

  it('lets a show that has started keep its start time, but refuses moving it into the past', () => {
    const started = { ...original, startTime: '2029-01-01T20:00' };
    expect(validateShowEdit({ ...started, name: 'Renamed' }, started, NOW).changes).toEqual({ name: 'Renamed' });
    expect(validateShowEdit({ ...started, startTime: '2029-02-01T20:00' }, started, NOW).errors.startTime).toBe(
      'The start time must be in the future.',
    );
  });

  it('checks changed fields as creating does', () => {
    expect(validateShowEdit({ ...original, name: ' ', totalSeats: '0' }, original, NOW).errors).toEqual({
      name: 'Enter a name.',
      totalSeats: 'Enter a number from 1 to 100,000.',
    });
  });
});

describe('editValues', () => {
  it('fills the form from the show, the start time in the local zone (UTC in tests)', () => {
    expect(editValues({ name: 'Winter Concert', startTime: '2030-12-24T19:30:00Z', totalSeats: 120 })).toEqual({
      name: 'Winter Concert',
      startTime: '2030-12-24T19:30',
      totalSeats: '120',
    });
  });
});
