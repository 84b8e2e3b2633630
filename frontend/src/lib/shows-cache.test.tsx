import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Show } from '@/api/types';
import { aShow } from '@/testing/data';
import { ShowsProvider, useInvalidateShows, useShows } from './shows-cache';

function ShowNames() {
  const { shows, loading, error } = useShows();
  if (error) return <p>error: {error.message}</p>;
  if (!shows) return <p>{loading ? 'loading' : 'idle'}</p>;
  return <p>shows: {shows.map((show) => show.name).join(', ')}</p>;
}

function Invalidate() {
  const invalidate = useInvalidateShows();
  return <button onClick={invalidate}>changed</button>;
}

function deferred() {
  let resolve: (shows: Show[]) => void = () => undefined;
  const promise = new Promise<Show[]>((done) => (resolve = done));
  return { promise, resolve };
}

describe('ShowsProvider', () => {
  it('loads once for any number of readers and across remounts', async () => {
    const load = vi.fn().mockResolvedValue([aShow()]);
    const { rerender } = render(
      <ShowsProvider loadShows={load}>
        <ShowNames />
        <ShowNames />
      </ShowsProvider>,
    );
    expect(await screen.findAllByText('shows: Winter Concert')).toHaveLength(2);

    rerender(<ShowsProvider loadShows={load}>{null}</ShowsProvider>);
    rerender(
      <ShowsProvider loadShows={load}>
        <ShowNames />
      </ShowsProvider>,
    );

    expect(screen.getByText('shows: Winter Concert')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reloads when told that shows changed', async () => {
    const load = vi.fn().mockResolvedValueOnce([aShow()]).mockResolvedValueOnce([aShow({ name: 'Renamed' })]);
    render(
      <ShowsProvider loadShows={load}>
        <ShowNames />
        <Invalidate />
      </ShowsProvider>,
    );
    await screen.findByText('shows: Winter Concert');

    await userEvent.click(screen.getByRole('button', { name: 'changed' }));

    expect(await screen.findByText('shows: Renamed')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not load for a change nobody has asked to see yet', async () => {
    const load = vi.fn().mockResolvedValue([aShow()]);
    render(
      <ShowsProvider loadShows={load}>
        <Invalidate />
      </ShowsProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'changed' }));

    expect(load).not.toHaveBeenCalled();
  });

  it('loads again after a change that happened while a load was running', async () => {
    const first = deferred();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce([aShow({ name: 'Fresh' })]);
    render(
      <ShowsProvider loadShows={load}>
        <ShowNames />
        <Invalidate />
      </ShowsProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'changed' }));
    await act(async () => first.resolve([aShow({ name: 'Stale' })]));

    expect(await screen.findByText('shows: Fresh')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
