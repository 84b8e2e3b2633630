import { useQuery } from '@tanstack/react-query';
import { getShowsQueryOptions } from '@/api/get-shows';
import { Button } from '@/components/ui/Button';
import { Page } from '@/components/ui/Page';
import { CreateShowForm } from './CreateShowForm';
import { ShowsTable } from './ShowsTable';
import './admin.css';

export function AdminPage() {
  const { isFetching, refetch } = useQuery(getShowsQueryOptions());
  return (
    <Page
      title="Admin"
      actions={
        <Button variant="secondary" busy={isFetching} onClick={() => void refetch()}>
          {isFetching ? 'Refreshing…' : 'Refresh'}
        </Button>
      }
    >
      <div className="admin-layout">
        <CreateShowForm />
        <section aria-label="Shows">
          <ShowsTable />
        </section>
      </div>
    </Page>
  );
}
