import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getMeQueryOptions } from '@/api/get-me';
import { queryKeys } from '@/api/query-keys';
import { onSessionEnded } from '@/api/session-events';
import { REGISTER_PATH, SIGN_IN_PATH, signInPath, type SignInReason } from '@/lib/auth';

/**
 * When the API answers 401 (the session expired or was ended elsewhere), nobody is signed in any
 * more: forget the account's data and send the person to sign in, then back to this very page.
 * Pages keep what they need to carry on (the booking page its selected seats) in sessionStorage.
 */
export function SessionEnded() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  const redirecting = useRef(false);

  useEffect(() => {
    here.current = location;
    redirecting.current = false;
  }, [location]);

  useEffect(
    () =>
      onSessionEnded(() => {
        queryClient.setQueryData(getMeQueryOptions().queryKey, null);
        queryClient.removeQueries({ queryKey: queryKeys.private() });
        const { pathname, search } = here.current;
        // Several requests may fail at once; one trip to the sign-in page is enough.
        if (redirecting.current || pathname === SIGN_IN_PATH || pathname === REGISTER_PATH) {
          return;
        }
        redirecting.current = true;
        const state: { reason: SignInReason } = { reason: 'session-ended' };
        void navigate(signInPath(`${pathname}${search}`), { state });
      }),
    [queryClient, navigate],
  );

  return null;
}
