import type { LiveState } from '../hooks/use-show-events';
import './live-indicator.css';

const TEXT: Record<LiveState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  polling: 'Updates every few seconds',
};

const DESCRIPTION: Record<LiveState, string> = {
  connecting: 'Connecting to live seat updates.',
  live: 'Seats taken or freed by others show up here as it happens.',
  reconnecting: 'The live connection dropped; reconnecting. The map may be a few seconds behind.',
  polling: 'Live updates are unavailable; the map is fetched again every few seconds.',
};

/** How current the seat map is, in words (the dot beside them is decoration). */
export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <p className="live-indicator" data-state={state} title={DESCRIPTION[state]}>
      <span className="live-indicator__dot" aria-hidden="true" />
      <span role="status">
        <span className="visually-hidden">Seat map updates: </span>
        {TEXT[state]}
      </span>
    </p>
  );
}
