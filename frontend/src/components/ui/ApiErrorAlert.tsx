import type { ApiError } from '@/api/api-error';
import { rateLimitedMessage } from '@/api/api-error';
import { useRetryWait } from '@/lib/use-retry-wait';
import { Alert } from './Alert';
import { ViolationList } from './ViolationList';

/**
 * "Too many attempts. Please wait 12 seconds and try again.", counting down. The alert is
 * announced once; the ticking number is not (aria-live="off" inside it), and when the wait is
 * over the alert says so, once.
 */
function RateLimitAlert({ error }: { error: ApiError }) {
  const seconds = useRetryWait(error);
  let text;
  if (error.retryAt === undefined) {
    text = rateLimitedMessage(undefined);
  } else if (seconds > 0) {
    text = (
      <>
        Too many attempts. Please wait <span aria-live="off">{seconds === 1 ? '1 second' : `${seconds} seconds`}</span> and
        try again.
      </>
    );
  } else {
    text = 'You can try again now.';
  }
  return (
    <Alert tone="error">
      <p>{text}</p>
    </Alert>
  );
}

/** A failed API call in plain words: its problem's title and message, with any invalid fields listed. */
export function ApiErrorAlert({ error, title }: { error: ApiError; title?: string }) {
  if (error.is('rate-limited')) {
    return <RateLimitAlert error={error} />;
  }
  return (
    <Alert tone="error" title={title ?? error.problem?.title ?? 'Something went wrong'}>
      <p>{error.message}</p>
      <ViolationList violations={error.violations} />
    </Alert>
  );
}
