import { AdminPage } from '@/features/admin/components/AdminPage';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';

export function AdminRoute() {
  return (
    <RequireAdmin>
      <AdminPage />
    </RequireAdmin>
  );
}
