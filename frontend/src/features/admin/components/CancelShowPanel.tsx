import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { toApiError, type ApiError } from '@/api/api-error';
import type { ShowDetail } from '@/api/types';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { formatDateTime, plural } from '@/lib/format';
import { cancellationChanged, getCancellationQueryOptions, useCancelShow } from '../api/cancel-show';
import { getActiveBookingCountQueryOptions } from '../api/show-bookings';

/** "3 bookings (held or confirmed)" for the confirmation. */
function bookingsSentence(count: number): string {
  if (count === 0) {
    return 'Nobody has booked or holds seats of it, so no booking is cancelled.';
  }
  return `Its ${plural(count, 'booking')} (held or confirmed) ${count === 1 ? 'is' : 'are'} cancelled too and ${
    count === 1 ? 'its' : 'their'
  } seats freed; the customers see it in My bookings.`;
}

/**
 * Cancels the show after a confirmation that says how many bookings go with it (counted just
 * before asking), then shows the cancellation's progress until every booking is cancelled.
 */
export function CancelShowPanel({ show }: { show: ShowDetail }) {
  const id = useId();
  const queryClient = useQueryClient();
  const cancel = useCancelShow();
  const cancelled = show.status === 'CANCELLED' || cancel.isSuccess;
  const [asking, setAsking] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const [countError, setCountError] = useState<ApiError | null>(null);
  const progress = useQuery({ ...getCancellationQueryOptions(show.id), enabled: cancelled });
  const state = progress.data;
  const completed = state?.completed ?? false;
  const wasRunning = useRef(false);

  // Once the last batch is done, the show's seats, its lists and its bookings are worth fetching again.
  useEffect(() => {
    if (state && !state.completed) {
      wasRunning.current = true;
    } else if (state?.completed && wasRunning.current) {
      wasRunning.current = false;
      void cancellationChanged(queryClient, show.id);
    }
  }, [state, queryClient, show.id]);

  async function ask() {
    setCountError(null);
    setCounting(true);
    try {
      setAsking(await queryClient.fetchQuery(getActiveBookingCountQueryOptions(show.id)));
    } catch (error) {
      setCountError(toApiError(error));
    } finally {
      setCounting(false);
    }
  }

  if (!cancelled) {
    return (
      <section className="card admin-section" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Cancel show</h2>
        <p>Cancelling closes booking for good and cancels every held and confirmed booking of this show.</p>
        {countError && <ApiErrorAlert error={countError} title="Could not count the show's bookings" />}
        {cancel.error && <ApiErrorAlert error={cancel.error} title="The show was not cancelled" />}
        <Button variant="danger" busy={counting} onClick={() => void ask()}>
          {counting ? 'Counting bookings…' : 'Cancel show…'}
        </Button>
        {asking !== null && (
          <ConfirmDialog
            title={`Cancel ${show.name}?`}
            confirmLabel="Cancel show"
            cancelLabel="Keep show"
            busy={cancel.isPending}
            onCancel={() => setAsking(null)}
            onConfirm={() =>
              cancel.mutate(show.id, {
                onSettled: () => setAsking(null),
              })
            }
          >
            <p>
              {show.name} on {formatDateTime(show.startTime)} can no longer be booked. {bookingsSentence(asking)}
            </p>
            <p>This cannot be undone.</p>
          </ConfirmDialog>
        )}
      </section>
    );
  }

  const toCancel = state?.bookingsToCancel ?? 0;
  const done = state?.bookingsCancelled ?? 0;
  let summary: string;
  if (!state) {
    summary = progress.error ? progress.error.message : 'Checking the cancellation…';
  } else if (completed) {
    summary =
      toCancel === 0 ? 'The show is cancelled. It had no bookings to cancel.' : `The show is cancelled, and all ${plural(toCancel, 'booking')} with it.`;
  } else {
    summary = `Cancelling bookings: ${done.toLocaleString()} of ${toCancel.toLocaleString()} done.`;
  }
  const cancelledAt = state?.cancelledAt ?? show.cancelledAt;

  return (
    <section className="card admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Cancellation <span className="badge badge--cancelled">Cancelled</span>
      </h2>
      {cancelledAt && (
        <p>
          Cancelled on <time dateTime={cancelledAt}>{formatDateTime(cancelledAt)}</time>; it can no longer be booked or edited.
        </p>
      )}
      {state && !completed && (
        <progress id={`${id}-progress`} max={Math.max(toCancel, 1)} value={done} aria-label="Bookings cancelled so far" />
      )}
      {/* Announced when it changes: the start, and the end; the numbers in between are read on demand. */}
      <p role="status" aria-live="polite">
        {completed || !state ? summary : <span aria-live="off">{summary}</span>}
      </p>
    </section>
  );
}
