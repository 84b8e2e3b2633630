import { RegisterPage } from '@/features/auth/components/RegisterPage';

export function RegisterRoute() {
  return <RegisterPage />;
}
