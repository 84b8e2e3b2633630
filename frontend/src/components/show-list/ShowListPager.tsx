import { Pager } from '@/components/ui/Pager';
import type { ShowListState } from '@/lib/show-list';

/** Previous and Next under a show list, when there is more than one page. */
export function ShowListPager({ list }: { list: ShowListState }) {
  const { hasPrevious, hasNext, pageNumber, page, query } = list;
  const more = hasNext || (query.isPlaceholderData && page?.nextCursor !== undefined);
  if (!hasPrevious && !more) {
    return null;
  }
  return (
    <Pager
      label="Pages of shows"
      pageNumber={pageNumber}
      hasPrevious={hasPrevious}
      hasNext={hasNext}
      onPrevious={list.previous}
      onNext={list.next}
    />
  );
}
