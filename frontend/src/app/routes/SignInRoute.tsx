import { SignInPage } from '@/features/auth/components/SignInPage';

export function SignInRoute() {
  return <SignInPage />;
}
