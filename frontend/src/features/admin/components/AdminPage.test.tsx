import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAdmin, aShow } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

const CREATED_ID = '0b7e8a52-1c2d-4e3f-9a8b-7c6d5e4f3a2b';

function field(name: string) {
  return screen.getByLabelText(name);
}

async function openAdmin(routes: Parameters<typeof fakeApi>[0] = {}) {
  signInAs(anAdmin());
  const api = fakeApi({ 'GET /shows': () => json([aShow()]), ...routes });
  const view = renderApp('/admin');
  await screen.findByRole('table', { name: 'All shows' });
  return { api, ...view };
}

describe('AdminPage', () => {
  it('lists every show with its available and reserved seats', async () => {
    await openAdmin({ 'GET /shows': () => json([aShow({ totalSeats: 1200, availableCount: 1150, reservedCount: 50 })]) });

    const row = screen.getByRole('row', { name: /Winter Concert/ });
    expect(within(row).getByRole('link', { name: 'Winter Concert' })).toHaveAttribute('href', `/admin/shows/${aShow().id}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      expect.stringContaining('2099'),
      'Scheduled',
      '1,200',
      '1,150',
      '50',
    ]);
  });

  it('checks the form before sending it and shows each problem next to its field', async () => {
    const { api, user } = await openAdmin();

    await user.type(field('Name'), '   ');
    await user.type(field('Number of seats'), '0');
    await user.click(screen.getByRole('button', { name: 'Create show' }));

    expect(field('Name')).toHaveAccessibleDescription(expect.stringContaining('Enter a name.'));
    expect(field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).toHaveFocus();
    expect(field('Start time')).toHaveAccessibleDescription(expect.stringContaining('Choose a start time.'));
    expect(field('Number of seats')).toHaveAccessibleDescription(expect.stringContaining('Enter a number from 1 to 100,000.'));
    expect(api.count('POST', '/shows')).toBe(0);
  });

  it('refuses a start time in the past', async () => {
    const { api, user } = await openAdmin();

    await user.type(field('Name'), 'Reunion');
    await user.type(field('Start time'), '2001-05-05T20:00');
    await user.type(field('Number of seats'), '10');
    await user.click(screen.getByRole('button', { name: 'Create show' }));

    expect(field('Start time')).toHaveAccessibleDescription(expect.stringContaining('The start time must be in the future.'));
    expect(api.count('POST', '/shows')).toBe(0);
  });

  it('creates a show, confirms it and refreshes the list', async () => {
    let shows = [aShow()];
    const created = aShow({ id: CREATED_ID, name: 'Night Bus', totalSeats: 40, availableCount: 40, reservedCount: 0 });
    const { api, user } = await openAdmin({
      'GET /shows': () => json(shows),
      'POST /shows': () => {
        shows = [...shows, created];
        return json(created, 201);
      },
    });

    await user.type(field('Name'), '  Night Bus ');
    await user.type(field('Start time'), '2098-03-01T22:15');
    await user.type(field('Number of seats'), '40');
    await user.click(screen.getByRole('button', { name: 'Create show' }));

    const success = (await screen.findByText('Show created')).closest('[role="status"]') as HTMLElement;
    expect(success).toHaveTextContent('Night Bus is open for booking with 40 seats.');
    expect(within(success).getByRole('link', { name: 'Night Bus' })).toHaveAttribute('href', `/booking/${CREATED_ID}`);
    expect(api.lastBody('POST', '/shows')).toEqual({ name: 'Night Bus', startTime: '2098-03-01T22:15:00Z', totalSeats: 40 });
    expect(field('Name')).toHaveValue('');
    expect(await screen.findByRole('row', { name: /Night Bus/ })).toBeInTheDocument();
    expect(api.count('GET', '/shows')).toBe(2);
  });

  it('shows the server’s problem and puts each violation next to its field', async () => {
    const { user } = await openAdmin({
      'POST /shows': () =>
        problem(400, 'validation', 'Invalid request', 'The show could not be created.', [
          { field: 'create.request.name', message: 'a show with this name already starts then' },
          { field: 'request', message: 'unknown field "colour"' },
        ]),
    });

    await user.type(field('Name'), 'Winter Concert');
    await user.type(field('Start time'), '2098-03-01T22:15');
    await user.type(field('Number of seats'), '40');
    await user.click(screen.getByRole('button', { name: 'Create show' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).toHaveTextContent('The show could not be created.');
    expect(alert).toHaveTextContent('request: unknown field "colour"');
    expect(field('Name')).toHaveAccessibleDescription(expect.stringContaining('a show with this name already starts then'));
    expect(field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).toHaveValue('Winter Concert');
  });

  it('says so when the server cannot be reached while creating', async () => {
    const { user } = await openAdmin({ 'POST /shows': () => Promise.reject(new TypeError('fetch failed')) });

    await user.type(field('Name'), 'Winter Concert');
    await user.type(field('Start time'), '2098-03-01T22:15');
    await user.type(field('Number of seats'), '40');
    await user.click(screen.getByRole('button', { name: 'Create show' }));

    // the write is retried before the page gives up: give it more than the default second on a busy machine
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the server'), { timeout: 5000 });
  });

  it('marks cancelled shows and searches the list', async () => {
    const { user } = await openAdmin({
      'GET /shows': (_params, _body, request) =>
        json(
          new URL(request.url).searchParams.get('q') === 'gala'
            ? [aShow({ name: 'Gala', status: 'CANCELLED', cancelledAt: '2099-01-01T10:00:00Z' })]
            : [aShow()],
        ),
    });

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'gala');

    const row = await screen.findByRole('row', { name: /Gala/ });
    expect(within(row).getByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('1 upcoming show matching “gala”.')).toBeInTheDocument();
  });

  it('shows an empty state when there are no shows', async () => {
    signInAs(anAdmin());
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/admin');

    expect(await screen.findByRole('heading', { name: 'No shows yet' })).toBeInTheDocument();
  });
});
