import { useLocation, useSearchParams } from 'react-router';
import { REGISTER_PATH, safeNext, SIGN_IN_PATH, type SignInReason } from '@/lib/auth';

/** The navigation state the sign-in and registration pages understand. */
export interface AuthPageState {
  reason?: SignInReason | 'registered';
  /** Filled in for someone whose account was just created. */
  username?: string;
}

/** Where to go back to after signing in: the page's own `next`, or the current page elsewhere. */
export function useReturnPath(): string {
  const { pathname, search } = useLocation();
  const [params] = useSearchParams();
  return pathname === SIGN_IN_PATH || pathname === REGISTER_PATH ? safeNext(params.get('next')) : `${pathname}${search}`;
}

export function useAuthPageState(): AuthPageState {
  const { state } = useLocation();
  return typeof state === 'object' && state !== null ? (state as AuthPageState) : {};
}
