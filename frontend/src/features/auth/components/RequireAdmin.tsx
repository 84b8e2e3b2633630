import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { Page } from '@/components/ui/Page';
import { isAdmin, useUser } from '@/lib/auth';
import { RequireSignIn } from './RequireSignIn';

function AdminsOnly({ children }: { children: ReactNode }) {
  const { user } = useUser();
  if (isAdmin(user)) {
    return children;
  }
  return (
    <Page title="Admins only">
      <Alert tone="info" title="This page is for admins">
        <p>
          You are signed in as {user?.displayName} ({user?.username}), a customer account. Only admins can create and manage
          shows.
        </p>
      </Alert>
      <div className="button-row">
        <Link className="button button--primary" to="/">
          See all shows
        </Link>
        <Link className="button button--secondary" to="/my-bookings">
          My bookings
        </Link>
      </div>
    </Page>
  );
}

/**
 * Renders its children for admins only: visitors are sent to sign in (and back), customers are
 * told the page is not theirs. The server refuses them anyway; this only saves a dead end.
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <AdminsOnly>{children}</AdminsOnly>
    </RequireSignIn>
  );
}
