import { Button } from '@/components/ui/Button';
import { Page } from '@/components/ui/Page';
import { useShows } from '@/lib/shows-cache';
import { CreateShowForm } from './CreateShowForm';
import { ShowsTable } from './ShowsTable';
import './admin.css';

export function AdminPage() {
  const { loading, refresh } = useShows();
  return (
    <Page
      title="Admin"
      actions={
        <Button variant="secondary" busy={loading} onClick={() => void refresh()}>
          {loading ? 'Refreshing…' : 'Refresh'}
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
