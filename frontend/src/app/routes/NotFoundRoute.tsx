import { Link } from 'react-router';
import { Page } from '@/components/ui/Page';

export function NotFoundRoute() {
  return (
    <Page title="Page not found">
      <div className="state">
        <p>There is nothing at this address.</p>
        <Link className="button button--secondary" to="/">
          See all shows
        </Link>
      </div>
    </Page>
  );
}
