import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SeatState } from '../utils/seat-map';
import { buildVenue } from '../utils/venue';
import { SeatGrid } from './SeatGrid';

/** A map without layout: its seats wrap to twenty a row while the width is unknown (as in jsdom). */
function plain(states: readonly SeatState[]) {
  return buildVenue(states.length, null);
}

function seat(name: string) {
  return screen.getByRole('gridcell', { name });
}

describe('SeatGrid', () => {
  it('names every seat with its state, not only its colour', () => {
    const states: SeatState[] = ['available', 'reserved', 'selected', 'conflict', 'mine'];
    render(<SeatGrid label="Seats" venue={plain(states)} states={states} onToggle={() => undefined} />);

    expect(seat('Seat 1, available')).toHaveAttribute('aria-selected', 'false');
    expect(seat('Seat 2, reserved')).toHaveAttribute('aria-disabled', 'true');
    expect(seat('Seat 3, selected')).toHaveAttribute('aria-selected', 'true');
    expect(seat('Seat 4, conflicting, taken by another booking')).toBeInTheDocument();
    expect(seat('Seat 5, yours')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('grid', { name: 'Seats' })).toHaveAttribute('aria-multiselectable', 'true');
  });

  it('lays seats out in rows of twenty', () => {
    render(<SeatGrid label="Seats" venue={plain(new Array<SeatState>(45).fill('available'))} states={new Array<SeatState>(45).fill('available')} onToggle={() => undefined} />);

    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[0]?.querySelectorAll('[role="gridcell"]')).toHaveLength(20);
    expect(rows[2]?.querySelectorAll('[role="gridcell"]')).toHaveLength(5);
  });

  it('toggles a seat on click', async () => {
    const onToggle = vi.fn();
    render(<SeatGrid label="Seats" venue={plain(new Array<SeatState>(5).fill('available'))} states={new Array<SeatState>(5).fill('available')} onToggle={onToggle} />);

    await userEvent.click(seat('Seat 4, available'));

    expect(onToggle).toHaveBeenCalledWith(4);
  });

  it('has a single tab stop, on the first available seat', async () => {
    render(<SeatGrid label="Seats" venue={plain(['reserved', 'reserved', 'available'])} states={['reserved', 'reserved', 'available']} onToggle={() => undefined} />);

    await userEvent.tab();

    expect(seat('Seat 3, available')).toHaveFocus();
    expect(screen.getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0)).toHaveLength(1);
  });

  it('moves focus with the arrow keys, Home and End, staying inside the grid', async () => {
    render(<SeatGrid label="Seats" venue={plain(new Array<SeatState>(45).fill('available'))} states={new Array<SeatState>(45).fill('available')} onToggle={() => undefined} />);
    const user = userEvent.setup();
    await user.tab();
    expect(seat('Seat 1, available')).toHaveFocus();

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(seat('Seat 3, available')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(seat('Seat 23, available')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(seat('Seat 43, available')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(seat('Seat 43, available')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(seat('Seat 22, available')).toHaveFocus();
    await user.keyboard('{End}');
    expect(seat('Seat 40, available')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(seat('Seat 40, available')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(seat('Seat 21, available')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(seat('Seat 45, available')).toHaveFocus();

    // Tabbing out and back returns to the seat last visited.
    await user.tab();
    await user.tab({ shift: true });
    expect(seat('Seat 45, available')).toHaveFocus();
  });

  it('toggles the focused seat with Space and Enter', async () => {
    function Harness() {
      const [states, setStates] = useState<SeatState[]>(['available', 'available', 'available']);
      const toggle = (number: number) =>
        setStates((current) =>
          current.map((state, index) => (index === number - 1 ? (state === 'selected' ? 'available' : 'selected') : state)),
        );
      return <SeatGrid label="Seats" venue={plain(states)} states={states} onToggle={toggle} />;
    }
    render(<Harness />);
    const user = userEvent.setup();

    await user.tab();
    await user.keyboard(' ');
    expect(seat('Seat 1, selected')).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(seat('Seat 2, selected')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(seat('Seat 2, available')).toBeInTheDocument();
    expect(seat('Seat 1, selected')).toBeInTheDocument();
  });
});
