import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AUTH_STORAGE_KEY, AuthProvider, useAuth } from '@/lib/auth';
import { SignInForm } from './SignInForm';

function stored() {
  return JSON.parse(window.localStorage.getItem(AUTH_STORAGE_KEY) ?? 'null') as unknown;
}

describe('SignInForm', () => {
  function Who() {
    const { user } = useAuth();
    return <p>{user ? `${user.name} (${user.role})` : 'nobody'}</p>;
  }

  it('requires a name and signs in with the chosen role', async () => {
    render(
      <AuthProvider>
        <SignInForm title="Sign in" />
        <Who />
      </AuthProvider>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByText('nobody')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Your name'), 'Ada');
    await user.click(screen.getByRole('radio', { name: 'Admin' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Ada (admin)')).toBeInTheDocument();
    expect(stored()).toEqual({ name: 'Ada', role: 'admin' });
  });

  it('refuses names longer than the API accepts', async () => {
    render(
      <AuthProvider>
        <SignInForm title="Sign in" />
        <Who />
      </AuthProvider>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByLabelText('Your name'));
    await user.paste('x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Use at most 100 characters.');
    expect(screen.getByText('nobody')).toBeInTheDocument();
  });
});
