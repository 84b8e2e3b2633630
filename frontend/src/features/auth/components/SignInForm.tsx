import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { MAX_NAME_LENGTH, useAuth, type Role } from '@/lib/auth';
import './auth.css';

interface SignInFormProps {
  /** Visible heading of the form. */
  title: string;
  defaultRole?: Role;
  onSignedIn?: () => void;
}

export function SignInForm({ title, defaultRole = 'user', onSignedIn }: SignInFormProps) {
  const { signIn } = useAuth();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(defaultRole);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter your name.');
      return;
    }
    if (trimmed.length > MAX_NAME_LENGTH) {
      setError(`Use at most ${MAX_NAME_LENGTH} characters.`);
      return;
    }
    signIn(trimmed, role);
    onSignedIn?.();
  }

  return (
    <form className="form sign-in" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sign-in__title">
        {title}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
      <fieldset className="field field--inline">
        <legend>Role</legend>
        <label>
          <input type="radio" name="role" value="user" checked={role === 'user'} onChange={() => setRole('user')} /> User
        </label>
        <label>
          <input type="radio" name="role" value="admin" checked={role === 'admin'} onChange={() => setRole('admin')} /> Admin
        </label>
      </fieldset>
      <Button type="submit">Sign in</Button>
    </form>
  );
}
