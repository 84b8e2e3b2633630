import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient, forgetUnsettledWrites } from '@/api/client';
import { useForgetCurrentBookings } from '@/lib/current-bookings';
import { signedOut } from './session-cache';

/** POST /auth/logout: the server clears both cookies (204), signed in or not. */
export async function logOut(): Promise<void> {
  const { error, response } = await send(apiClient.POST('/auth/logout'));
  if (!response.ok) {
    throw apiErrorFrom(response, error);
  }
}

export function useLogOut() {
  return useMutation({ mutationFn: logOut });
}

/**
 * After signing out: forgets everything the session read, the cache and this tab's remembered
 * bookings. Called once the person is on a page anyone may see, or that page's guard would send
 * them to sign in again.
 */
export function useForgetSession(): () => void {
  const queryClient = useQueryClient();
  const forgetBookings = useForgetCurrentBookings();
  return useCallback(() => {
    signedOut(queryClient);
    forgetBookings();
    forgetUnsettledWrites();
  }, [queryClient, forgetBookings]);
}
