import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { TextField } from '@/components/ui/TextField';
import { ViolationList } from '@/components/ui/ViolationList';
import { signInPath, useUser } from '@/lib/auth';
import { useRegister } from '../api/register';
import {
  DISPLAY_NAME_MAX,
  firstInvalid,
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN,
  REGISTER_FIELDS,
  USERNAME_MAX,
  USERNAME_MIN,
  validateRegistration,
  violationsByField,
  type FieldErrors,
  type RegisterField,
  type RegisterValues,
} from '../utils/account-form';
import { ShowPassword } from './ShowPassword';
import type { AuthPageState } from './use-next';
import { useReturnPath } from './use-next';
import { useFieldFocus } from './use-field-focus';
import './auth.css';

const EMPTY: RegisterValues = { displayName: '', username: '', password: '' };

/** /register?next=<path>: creates a customer account, signs in with it, then goes back to `next`. */
export function RegisterPage() {
  const { user, error: unknownUser } = useUser();
  const next = useReturnPath();
  const navigate = useNavigate();
  const registration = useRegister();
  const [values, setValues] = useState<RegisterValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<RegisterField>>({});
  const [showPassword, setShowPassword] = useState(false);
  const { formRef, focus } = useFieldFocus<RegisterField>();

  if (user) {
    return <Navigate to={next} replace />;
  }
  if (user === undefined && !unknownUser) {
    return <LoadingState label="Checking who is signed in…" />;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    registration.reset();
    const validation = validateRegistration(values);
    setErrors(validation.errors);
    if (!validation.request) {
      focus(firstInvalid(validation.errors, REGISTER_FIELDS));
      return;
    }
    registration.mutate(validation.request, {
      onSuccess: ({ user: account, signedIn }) => {
        if (!signedIn) {
          const state: AuthPageState = { reason: 'registered', username: account.username };
          void navigate(signInPath(next), { replace: true, state });
        }
      },
      onError: (error) => {
        const fields = error.is('username-taken')
          ? { username: 'This username is taken. Choose another one.' }
          : violationsByField(error.violations, REGISTER_FIELDS).fields;
        setErrors(fields);
        focus(firstInvalid(fields, REGISTER_FIELDS));
      },
    });
  }

  function update(field: RegisterField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  const error = registration.error;
  const other = error && !error.is('username-taken') ? violationsByField(error.violations, REGISTER_FIELDS).other : [];

  return (
    <Page title="Create an account">
      <div className="card narrow auth-card">
        {error?.is('rate-limited') && <ApiErrorAlert error={error} />}
        {error && !error.is('rate-limited') && (
          <Alert tone="error" title={error.is('username-taken') ? 'Username taken' : (error.problem?.title ?? 'Could not create the account')}>
            <p>{error.is('username-taken') ? 'Someone already uses this username. Choose another one.' : error.message}</p>
            <ViolationList violations={other} />
          </Alert>
        )}
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate aria-label="Create an account">
          <TextField
            label="Your name"
            name="displayName"
            autoComplete="name"
            value={values.displayName}
            onChange={(event) => update('displayName', event.target.value)}
            hint={`Shown on your bookings and at the top of the page; up to ${DISPLAY_NAME_MAX} characters.`}
            error={errors.displayName}
          />
          <TextField
            label="Username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={values.username}
            onChange={(event) => update('username', event.target.value)}
            hint={`${USERNAME_MIN} to ${USERNAME_MAX} letters, digits, dots, hyphens or underscores. You sign in with it.`}
            error={errors.username}
          />
          <TextField
            label="Password"
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
            hint={`At least ${PASSWORD_MIN} characters, at most ${PASSWORD_MAX_BYTES} bytes. A password manager can make one up.`}
            error={errors.password}
          />
          <ShowPassword checked={showPassword} onChange={setShowPassword} />
          <Button type="submit" busy={registration.isPending}>
            {registration.isPending ? 'Creating your account…' : 'Create account'}
          </Button>
        </form>
        <p className="auth-card__switch">
          Have an account already? <Link to={signInPath(next)}>Sign in</Link>
        </p>
      </div>
    </Page>
  );
}
