import type { ShowListState } from '@/lib/show-list';
import './show-list.css';

/**
 * Previous and Next under a show list. The buttons are marked unavailable (aria-disabled) rather than
 * disabled, so a keyboard user's focus stays on the button while the next page loads or at the end.
 */
export function ShowListPager({ list }: { list: ShowListState }) {
  const { hasPrevious, hasNext, pageNumber, page, query } = list;
  const more = hasNext || (query.isPlaceholderData && page?.nextCursor !== undefined);
  if (!hasPrevious && !more) {
    return null;
  }
  return (
    <nav className="pager" aria-label="Pages of shows">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!hasPrevious}
        onClick={() => hasPrevious && list.previous()}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <span className="pager__page">Page {pageNumber}</span>
      <button type="button" className="button button--secondary" aria-disabled={!hasNext} onClick={() => hasNext && list.next()}>
        Next <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
