import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { LoginInput, LoginResult } from '@/api/types';
import { signedIn } from './session-cache';

/**
 * POST /auth/login: the server sets the session cookie (httpOnly) and the CSRF cookie. The token in
 * the body is for API clients; the app keeps neither it nor the password. 401 `invalid-credentials`
 * for any wrong pair.
 */
export function logIn(input: LoginInput): Promise<LoginResult> {
  return unwrap(apiClient.POST('/auth/login', { body: input }));
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: ({ user }) => signedIn(queryClient, user),
  });
}
