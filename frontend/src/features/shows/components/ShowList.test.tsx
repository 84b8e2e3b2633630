import { screen, within } from '@testing-library/react';
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

    expect(screen.getByRole('status')).toHaveTextContent('Loading shows…');
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
