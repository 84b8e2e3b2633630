import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getMeQueryOptions } from '@/api/get-me';
import { queryKeys } from '@/api/query-keys';
import { onSessionEnded } from '@/api/session-events';
import { REGISTER_PATH, SIGN_IN_PATH, signInPath, type SignInReason } from '@/lib/auth';

/**
 * When the API answers 401 (the session expired or was ended elsewhere), nobody is signed in any
 * more: send the person to sign in, then back to this very page, and forget the account's data.
 * Pages keep what they need to carry on (the booking page its selected seats) in sessionStorage.
 */
export function SessionEnded() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  const redirecting = useRef(false);

  const forget = useCallback(() => {
    queryClient.setQueryData(getMeQueryOptions().queryKey, null);
    queryClient.removeQueries({ queryKey: queryKeys.private() });
  }, [queryClient]);

  // Forgotten only once on the sign-in page: earlier, the guard of a page for signed-in people
  // would see nobody signed in and send the person to sign in for a reason of its own.
  useEffect(() => {
    here.current = location;
    if (redirecting.current) {
      redirecting.current = false;
      forget();
    }
  }, [location, forget]);

  useEffect(
    () =>
      onSessionEnded(() => {
        const { pathname, search } = here.current;
        if (pathname === SIGN_IN_PATH || pathname === REGISTER_PATH) {
          forget();
          return;
        }
        // Several requests may fail at once; one trip to the sign-in page is enough.
        if (redirecting.current) {
          return;
        }
        redirecting.current = true;
        const state: { reason: SignInReason } = { reason: 'session-ended' };
        void navigate(signInPath(`${pathname}${search}`), { state });
      }),
    [forget, navigate],
  );

  return null;
}
