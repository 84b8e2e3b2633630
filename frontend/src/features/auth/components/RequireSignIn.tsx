import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { signInPath, useUser } from '@/lib/auth';
import type { AuthPageState } from './use-next';

/** Renders its children for signed-in people; sends anyone else to sign in, and back here after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { user, error, retry } = useUser();
  const { pathname, search } = useLocation();

  if (user) {
    return children;
  }
  if (user === null) {
    const state: AuthPageState = { reason: 'sign-in-required' };
    return <Navigate to={signInPath(`${pathname}${search}`)} replace state={state} />;
  }
  if (error) {
    return (
      <Page title="Your account">
        <ErrorState title="Could not check who is signed in" message={error.message} onRetry={retry} />
      </Page>
    );
  }
  return <LoadingState label="Checking who is signed in…" />;
}
