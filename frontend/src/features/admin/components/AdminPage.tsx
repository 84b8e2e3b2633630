import { Button } from '@/components/ui/Button';
import { Page } from '@/components/ui/Page';
import { useShowList } from '@/lib/show-list';
import { CreateShowForm } from './CreateShowForm';
import { ShowsTable } from './ShowsTable';
import './admin.css';

/** Where this tab remembers the admin list's search, filters and page. */
export const ADMIN_SHOW_LIST_STORAGE_KEY = 'seat-booking.admin-show-list';

export function AdminPage() {
  const list = useShowList(ADMIN_SHOW_LIST_STORAGE_KEY);
  const { isFetching, isPlaceholderData, refetch } = list.query;
  const refreshing = isFetching && !isPlaceholderData;
  return (
    <Page
      title="Admin"
      actions={
        <Button variant="secondary" busy={refreshing} onClick={() => void refetch()}>
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </Button>
      }
    >
      <div className="admin-layout">
        <CreateShowForm />
        <section aria-label="Shows">
          <ShowsTable list={list} />
        </section>
      </div>
    </Page>
  );
}
