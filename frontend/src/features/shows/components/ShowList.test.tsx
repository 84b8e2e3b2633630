import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAdmin, aShow } from '@/testing/data';
import { fakeApi, json, serverDown } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

const SECOND_ID = '6d5c4b3a-2f1e-4d0c-8b9a-7f6e5d4c3b2a';

describe('ShowList', () => {
  it('shows a loading state, then every show with its seats and a way to book', async () => {
    fakeApi({
      'GET /shows': () =>
        json([
          aShow(),
          aShow({ id: SECOND_ID, name: 'Sold Out Gala', availableCount: 0, reservedCount: 10 }),
        ]),
    });
    renderApp('/');

    expect(screen.getByText('Loading shows…').closest('[role="status"]')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Shows' });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('8 seats available of 10');
    expect(within(cards[0] as HTMLElement).getByRole('link', { name: 'Choose seats for Winter Concert' })).toHaveAttribute(
      'href',
      `/booking/${aShow().id}`,
    );
    expect(cards[1]).toHaveTextContent('Sold out');
    expect(cards[1]).toHaveTextContent('0 seats available of 10');
  });

  it('marks shows that have already started', async () => {
    fakeApi({ 'GET /shows': () => json([aShow({ startTime: '2001-01-01T20:00:00Z' })]) });
    renderApp('/');

    expect(await screen.findByText('Started')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose seats for Winter Concert' })).toHaveTextContent('View seats');
  });

  it('has an empty state, pointing admins to the admin page', async () => {
    signInAs(anAdmin());
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'No shows yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'admin page' })).toHaveAttribute('href', '/admin');
  });

  it('explains when the server is down and loads the list on retry', async () => {
    const down = serverDown();
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Could not load shows' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the server');

    down.mockRestore();
    fakeApi({ 'GET /shows': () => json([aShow()]) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
  });

  it('keeps the shows it has when a refresh fails', async () => {
    fakeApi({ 'GET /shows': () => json([aShow()]) });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    serverDown();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByText('Could not refresh the list')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
  });
});

describe('ShowList search, filters and paging', () => {
  function names() {
    return within(screen.getByRole('list', { name: 'Shows' }))
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
  }

  it('asks for the first page of upcoming shows and says how many there are', async () => {
    const api = fakeApi({ 'GET /shows': () => json([aShow()], 200, { 'X-Total-Count': '1' }) });
    renderApp('/');

    await screen.findByRole('heading', { name: 'Winter Concert' });
    expect(Object.fromEntries(api.lastCall('GET', '/shows')?.query ?? [])).toEqual({ limit: '20' });
    expect(screen.getByText('1 upcoming show.')).toHaveAttribute('role', 'status');
  });

  it('searches once typing pauses, and says what matched', async () => {
    const api = fakeApi({
      'GET /shows': (_params, _body, request) => {
        const q = new URL(request.url).searchParams.get('q');
        return json(q === 'swan' ? [aShow({ id: SECOND_ID, name: 'Swan Lake' })] : [aShow()]);
      },
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'swan');

    expect(await screen.findByRole('heading', { name: 'Swan Lake' })).toBeInTheDocument();
    expect(await screen.findByText('1 upcoming show matching “swan”.')).toBeInTheDocument();
    // One request for the page, one for the finished word: not one per keystroke.
    expect(api.calls.filter((call) => call.path === '/shows').map((call) => call.query.get('q'))).toEqual([null, 'swan']);
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveFocus();
  });

  it('switches to past shows and to a date range, from the first page', async () => {
    const api = fakeApi({ 'GET /shows': () => json([aShow()]) });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    await user.click(screen.getByRole('radio', { name: 'Past' }));
    await waitFor(() => expect(api.lastCall('GET', '/shows')?.query.get('when')).toBe('past'));

    await user.type(screen.getByLabelText('From'), '2099-12-01');
    await user.type(screen.getByLabelText('To'), '2099-12-31');
    await waitFor(() => expect(api.lastCall('GET', '/shows')?.query.get('to')).not.toBeNull());
    const query = api.lastCall('GET', '/shows')?.query;
    // Tests run in UTC: the first day from its start, the last day to its end.
    expect(query?.get('from')).toBe('2099-12-01T00:00:00Z');
    expect(query?.get('to')).toBe('2100-01-01T00:00:00Z');
    expect(query?.get('when')).toBe('past');
  });

  it('refuses a date range that ends before it starts, and leaves the dates out', async () => {
    const api = fakeApi({ 'GET /shows': () => json([aShow()]) });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    await user.type(screen.getByLabelText('From'), '2099-12-10');
    await user.type(screen.getByLabelText('To'), '2099-12-01');

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(expect.stringContaining('The last day is before the first day.'));
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(api.lastCall('GET', '/shows')?.query.get('to')).toBeNull();
  });

  it('pages forwards with the Link header’s cursor and back again from the cache', async () => {
    const api = fakeApi({
      'GET /shows': (_params, _body, request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? json([aShow({ id: SECOND_ID, name: 'Night Bus' })], 200, { 'X-Total-Count': '21' })
          : json([aShow()], 200, { Link: '</shows?limit=20&cursor=page-2>; rel="next"', 'X-Total-Count': '21' }),
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });
    const pages = screen.getByRole('navigation', { name: 'Pages of shows' });
    expect(within(pages).getByRole('button', { name: /Previous/ })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('21 upcoming shows; showing 1–1.')).toBeInTheDocument();

    await user.click(within(pages).getByRole('button', { name: /Next/ }));

    expect(await screen.findByRole('heading', { name: 'Night Bus' })).toBeInTheDocument();
    expect(names()).toEqual(['Night Bus']);
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByText('21 upcoming shows; showing 21–21.')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');
    expect(within(pages).getByRole('button', { name: /Next/ })).toHaveFocus();

    await user.click(within(pages).getByRole('button', { name: /Previous/ }));

    expect(await screen.findByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path === '/shows').map((call) => call.query.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('says when nothing matches, and clears the filters on request', async () => {
    fakeApi({
      'GET /shows': (_params, _body, request) => json(new URL(request.url).searchParams.get('q') ? [] : [aShow()]),
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'zzz');

    expect(await screen.findByRole('heading', { name: 'No shows match' })).toBeInTheDocument();
    expect(screen.getByText('No upcoming shows matching “zzz”.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('search', { name: 'Find shows' })).getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  it('marks a cancelled show and offers no booking', async () => {
    fakeApi({ 'GET /shows': () => json([aShow({ status: 'CANCELLED', cancelledAt: '2099-01-01T10:00:00Z' })]) });
    renderApp('/');

    const card = await screen.findByRole('article', { name: 'Winter Concert' });
    expect(within(card).getByText('Cancelled')).toBeInTheDocument();
    expect(card).toHaveTextContent('This show was cancelled; it can no longer be booked.');
    expect(within(card).queryByRole('link', { name: /Choose seats/ })).toBeNull();
    expect(within(card).getByRole('link', { name: 'View the cancelled show Winter Concert' })).toHaveAttribute('href', `/booking/${aShow().id}`);
  });
});
