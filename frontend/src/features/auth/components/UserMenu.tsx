import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button } from '@/components/ui/Button';
import { isAdmin, registerPath, signInPath, useUser } from '@/lib/auth';
import { useForgetSession, useLogOut } from '../api/log-out';
import { useReturnPath } from './use-next';
import './auth.css';

/** The header's account area: who is signed in and a way out, or the ways in. */
export function UserMenu() {
  const { user } = useUser();
  const next = useReturnPath();
  const navigate = useNavigate();
  const { key } = useLocation();
  const logOut = useLogOut();
  const forgetSession = useForgetSession();
  const leaving = useRef(false);
  const [announcement, setAnnouncement] = useState('');

  // Signed out on the server, then off to the shows; once there, the session's data is dropped.
  useEffect(() => {
    if (leaving.current) {
      leaving.current = false;
      forgetSession();
      setAnnouncement('You are signed out.');
    }
  }, [key, forgetSession]);

  function signOut() {
    setAnnouncement('');
    logOut.mutate(undefined, {
      onSuccess: () => {
        leaving.current = true;
        void navigate('/');
      },
    });
  }

  let content = null;
  if (user) {
    content = (
      <>
        <p className="user-menu__who">
          <span className="visually-hidden">Signed in as </span>
          <span className="user-menu__name" title={`${user.displayName} (${user.username})`}>
            {user.displayName}
          </span>
          {isAdmin(user) && <span className="badge">Admin</span>}
        </p>
        <Button variant="secondary" busy={logOut.isPending} onClick={signOut}>
          Sign out
        </Button>
      </>
    );
  } else if (user === null) {
    content = (
      <>
        <Link className="button button--ghost" to={signInPath(next)}>
          Sign in
        </Link>
        <Link className="button button--secondary" to={registerPath(next)}>
          Register
        </Link>
      </>
    );
  }

  return (
    <div className="user-menu">
      {content}
      {/* A live region without the status role, which belongs to the page's own messages. */}
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {logOut.error && (
        <p role="alert" className="user-menu__error">
          Could not sign out: {logOut.error.message}
        </p>
      )}
    </div>
  );
}
