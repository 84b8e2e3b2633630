import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useAuth } from '@/lib/auth';
import { SignInForm } from './SignInForm';
import './auth.css';

/** The header's account area: who is signed in, or a sign-in form that folds out. */
export function UserMenu() {
  const { user, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) {
      panelRef.current?.querySelector('input')?.focus();
    }
  }, [open]);

  if (user) {
    return (
      <div className="user-menu">
        <span className="user-menu__name">
          Signed in as <strong>{user.name}</strong> <span className="badge">{user.role}</span>
        </span>
        <Button variant="ghost" onClick={signOut}>
          Sign out
        </Button>
      </div>
    );
  }

  return (
    <div
      className="user-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <Button ref={toggleRef} variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Sign in
      </Button>
      {open && (
        <div id={panelId} ref={panelRef} className="user-menu__panel">
          <SignInForm title="Sign in" onSignedIn={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
