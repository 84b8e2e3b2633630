import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { useForgetCurrentBookings } from '@/lib/current-bookings';
import { signedOut } from './session-cache';

/** POST /auth/logout: the server clears both cookies (204), signed in or not. */
export async function logOut(): Promise<void> {
  const { error, response } = await send(apiClient.POST('/auth/logout'));
  if (!response.ok) {
    throw apiErrorFrom(response, error);
  }
}

/** Signs out, then forgets everything the session read: the cache and this tab's remembered bookings. */
export function useLogOut() {
  const queryClient = useQueryClient();
  const forgetBookings = useForgetCurrentBookings();
  return useMutation({
    mutationFn: logOut,
    onSuccess: () => {
      signedOut(queryClient);
      forgetBookings();
    },
  });
}
