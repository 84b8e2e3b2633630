import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { TextField } from '@/components/ui/TextField';
import { ViolationList } from '@/components/ui/ViolationList';
import { registerPath, useUser } from '@/lib/auth';
import { useLogIn } from '../api/log-in';
import {
  firstInvalid,
  SIGN_IN_FIELDS,
  validateSignIn,
  violationsByField,
  type FieldErrors,
  type SignInField,
  type SignInValues,
} from '../utils/account-form';
import { ShowPassword } from './ShowPassword';
import { useAuthPageState, useReturnPath } from './use-next';
import { useFieldFocus } from './use-field-focus';
import './auth.css';

/** /sign-in?next=<path>: signs in with username and password, then goes back to `next`. */
export function SignInPage() {
  const { user, error: unknownUser } = useUser();
  const next = useReturnPath();
  const { reason, username = '' } = useAuthPageState();
  const logIn = useLogIn();
  const [values, setValues] = useState<SignInValues>({ username, password: '' });
  const [errors, setErrors] = useState<FieldErrors<SignInField>>({});
  const [showPassword, setShowPassword] = useState(false);
  const { formRef, focus } = useFieldFocus<SignInField>();

  // Signed in (just now, or already): on to where they were going. After a session ended, the
  // account is still in the cache for a moment, until the app forgets it.
  if (user && (reason !== 'session-ended' || logIn.isSuccess)) {
    return <Navigate to={next} replace />;
  }
  if (user === undefined && !unknownUser && logIn.isIdle) {
    return <LoadingState label="Checking who is signed in…" />;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    logIn.reset();
    const validation = validateSignIn(values);
    setErrors(validation.errors);
    if (!validation.request) {
      focus(firstInvalid(validation.errors, SIGN_IN_FIELDS));
      return;
    }
    logIn.mutate(validation.request, {
      onError: (error) => {
        if (error.status === 401) {
          setValues((previous) => ({ ...previous, password: '' }));
          focus('password');
          return;
        }
        const { fields } = violationsByField(error.violations, SIGN_IN_FIELDS);
        setErrors(fields);
        focus(firstInvalid(fields, SIGN_IN_FIELDS));
      },
    });
  }

  function update(field: SignInField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  const error = logIn.error;
  const other = error ? violationsByField(error.violations, SIGN_IN_FIELDS).other : [];

  return (
    <Page title="Sign in">
      <div className="card narrow auth-card">
        {reason === 'session-ended' && (
          <Alert tone="info" title="Your session has ended">
            <p>Sign in again to carry on where you were. Seats you had selected stay selected.</p>
          </Alert>
        )}
        {reason === 'sign-in-required' && (
          <Alert tone="info" title="Sign in to continue">
            <p>That page is only for signed-in people.</p>
          </Alert>
        )}
        {reason === 'registered' && (
          <Alert tone="success" title="Your account is ready">
            <p>Sign in with it to continue.</p>
          </Alert>
        )}
        {error &&
          (error.is('rate-limited') ? (
            <ApiErrorAlert error={error} />
          ) : error.status === 401 ? (
            <Alert tone="error" title="Wrong username or password">
              <p>Check both and try again.</p>
            </Alert>
          ) : (
            <Alert tone="error" title={error.problem?.title ?? 'Could not sign in'}>
              <p>{error.message}</p>
              <ViolationList violations={other} />
            </Alert>
          ))}
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
          <TextField
            label="Username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={values.username}
            onChange={(event) => update('username', event.target.value)}
            error={errors.username}
          />
          <TextField
            label="Password"
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
            error={errors.password}
          />
          <ShowPassword checked={showPassword} onChange={setShowPassword} />
          <Button type="submit" busy={logIn.isPending}>
            {logIn.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <p className="auth-card__switch">
          New here? <Link to={registerPath(next)}>Create an account</Link>
        </p>
      </div>
    </Page>
  );
}
