import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Page } from '@/components/ui/Page';
import { useAuth } from '@/lib/auth';
import { SignInForm } from './SignInForm';

/** Renders its children for admins only; everyone else is told why and may sign in as one. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (user?.role === 'admin') {
    return children;
  }
  return (
    <Page title="Admin">
      {user ? (
        <Alert tone="info" title="Admins only">
          <p>
            You are signed in as {user.name} with the user role. Sign out and sign in again as an admin to manage shows.
          </p>
        </Alert>
      ) : (
        <div className="card narrow">
          <SignInForm title="Sign in as an admin to manage shows" defaultRole="admin" />
        </div>
      )}
    </Page>
  );
}
