import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { RegisterInput, User } from '@/api/types';
import { logIn } from './log-in';
import { signedIn } from './session-cache';

/** POST /auth/register: a new customer account; 409 `username-taken`, 400 with violations. */
export function register(input: RegisterInput): Promise<User> {
  return unwrap(apiClient.POST('/auth/register', { body: input }));
}

/** The account, and whether signing in with it right after worked. */
export interface Registration {
  user: User;
  signedIn: boolean;
}

/** Creates the account, then signs in with it, so a new customer goes straight back to booking. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput): Promise<Registration> => {
      const user = await register(input);
      try {
        const session = await logIn({ username: input.username, password: input.password });
        signedIn(queryClient, session.user);
        return { user: session.user, signedIn: true };
      } catch {
        // The account exists either way; the person can sign in with it on the sign-in page.
        return { user, signedIn: false };
      }
    },
  });
}
