import { Link } from 'react-router';
import { registerPath, signInPath } from '@/lib/auth';
import { useReturnPath } from './use-next';
import './auth.css';

/** Where a visitor would book: the ways to an account, and back to this page with the seats still picked. */
export function SignInPrompt({ title }: { title: string }) {
  const next = useReturnPath();
  return (
    <section className="card sign-in-prompt" aria-labelledby="sign-in-prompt-title">
      <h2 id="sign-in-prompt-title">{title}</h2>
      <p>Your selected seats stay selected while you sign in or create an account.</p>
      <div className="button-row">
        <Link className="button button--primary" to={signInPath(next)}>
          Sign in
        </Link>
        <Link className="button button--secondary" to={registerPath(next)}>
          Create an account
        </Link>
      </div>
    </section>
  );
}
