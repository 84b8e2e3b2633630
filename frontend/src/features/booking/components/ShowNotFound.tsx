import { Link } from 'react-router';
import { Page } from '@/components/ui/Page';

/** The clear dead end for a show link that leads nowhere. */
export function ShowNotFound({ malformed }: { malformed: boolean }) {
  return (
    <Page title="Show not found">
      <div className="state">
        <p>
          {malformed
            ? 'This link does not point to a show: the show id in it is not valid.'
            : 'There is no show with this id. It may have been removed, or the link may be mistyped.'}
        </p>
        <Link className="button button--secondary" to="/">
          See all shows
        </Link>
      </div>
    </Page>
  );
}
