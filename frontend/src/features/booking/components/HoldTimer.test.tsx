import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Booking } from '@/api/types';
import { aBooking } from '@/testing/data';
import { HoldTimer } from './HoldTimer';

const NOW = Date.parse('2099-01-01T10:00:00Z');

function at(secondsFromNow: number): string {
  return new Date(NOW + secondsFromNow * 1000).toISOString();
}

function aHold(overrides: Partial<Booking> = {}) {
  return {
    ...aBooking({ status: 'PENDING', seats: [4, 5], extensionsLeft: 2, holdLifetimeEndsAt: at(600), ...overrides }),
    expiresAt: overrides.expiresAt ?? at(120),
  };
}

function renderTimer(booking: ReturnType<typeof aHold>, props: Partial<Parameters<typeof HoldTimer>[0]> = {}) {
  const handlers = { onExtend: vi.fn(), onExpired: vi.fn() };
  const view = render(
    <HoldTimer booking={booking} extendedUntil={undefined} busy={false} disabled={false} {...handlers} {...props} />,
  );
  return { ...view, ...handlers };
}

function liveRegion() {
  return screen.getByRole('status');
}

describe('HoldTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down quietly, offering more time, and warns once when a minute is left', async () => {
    const { onExtend } = renderTimer(aHold());

    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    expect(screen.getByRole('timer')).toHaveAccessibleName('2:00 left to confirm');
    expect(liveRegion()).toBeEmptyDOMElement();
    screen.getByRole('button', { name: 'More time' }).click();
    expect(onExtend).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Less than a minute left/)).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    expect(liveRegion()).toBeEmptyDOMElement();

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    expect(screen.getByText(/Less than a minute left. Confirm now or ask for more time./)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('One minute left to confirm seats 4 and 5.');

    // The region's text stays the same while the seconds tick, so nothing more is announced.
    const announced = liveRegion().textContent;
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(liveRegion().textContent).toBe(announced);
  });

  it('says when time is up, once, and asks what happened', async () => {
    const { onExpired } = renderTimer(aHold({ expiresAt: at(2) }));

    await act(() => vi.advanceTimersByTimeAsync(3_000));

    expect(screen.getByText(/Time is up. Releasing the seats/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Time is up: your hold expired and the seats are being released.');
    expect(screen.queryByRole('button', { name: 'More time' })).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('announces more time once it is given', () => {
    const hold = aHold({ expiresAt: at(240), extensionsLeft: 1 });
    renderTimer(hold, { extendedUntil: hold.expiresAt });

    expect(screen.getByRole('timer')).toHaveTextContent('4:00');
    expect(liveRegion()).toHaveTextContent(/^More time: seats 4 and 5 are held until /);
  });

  it('explains why there is no more time after the last extension', () => {
    renderTimer(aHold({ extensionsLeft: 0 }));

    expect(screen.queryByRole('button', { name: 'More time' })).not.toBeInTheDocument();
    expect(screen.getByText('More time is not available: this hold has been extended as often as allowed.')).toBeInTheDocument();
  });

  it('explains why there is no more time at the hold’s lifetime cap', async () => {
    renderTimer(aHold({ expiresAt: at(90), holdLifetimeEndsAt: at(90) }));

    expect(screen.queryByRole('button', { name: 'More time' })).not.toBeInTheDocument();
    expect(screen.getByText(/^More time is not available: a hold lasts until .+ at the latest\.$/)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByText('Less than a minute left. Confirm now.', { exact: false })).toBeInTheDocument();
  });

  it('shows the button busy while more time is asked for, and waiting while writes must wait', () => {
    const { rerender } = renderTimer(aHold(), { busy: true });
    expect(screen.getByRole('button', { name: 'More time' })).toBeDisabled();

    rerender(<HoldTimer booking={aHold()} extendedUntil={undefined} busy={false} disabled onExtend={vi.fn()} onExpired={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'More time' })).toBeDisabled();
  });
});
