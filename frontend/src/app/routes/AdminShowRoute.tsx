import { useParams } from 'react-router';
import { AdminShowPage } from '@/features/admin/components/AdminShowPage';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';

export function AdminShowRoute() {
  const { showId = '' } = useParams();
  return (
    <RequireAdmin>
      <AdminShowPage showId={showId} />
    </RequireAdmin>
  );
}
