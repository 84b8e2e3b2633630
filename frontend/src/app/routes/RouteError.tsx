import { Page } from '@/components/ui/Page';
import { ErrorState } from '@/components/ui/ErrorState';

/** Last resort when a page crashes while rendering. */
export function RouteError() {
  return (
    <Page title="Something went wrong">
      <ErrorState
        title="This page stopped working"
        message="An unexpected error occurred. Reloading the page usually helps."
        onRetry={() => window.location.reload()}
      />
    </Page>
  );
}
