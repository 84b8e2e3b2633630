import type { ShowsWhen } from '@/api/get-shows';
import { plural } from '@/lib/format';
import type { ShowListState } from '@/lib/show-list';
import './show-list.css';

const NOUN: Record<ShowsWhen, string> = { upcoming: 'upcoming show', past: 'past show', all: 'show' };

/**
 * What the list holds, in a sentence: "42 upcoming shows matching “swan”; showing 21–40." Without
 * X-Total-Count the page says what it has: "Page 2: 20 upcoming shows."
 */
export function resultSummary(list: ShowListState): string {
  const { page, query, applied, pageNumber, pageSize } = list;
  if (page === undefined) {
    return '';
  }
  if (query.isPlaceholderData) {
    return 'Loading shows…';
  }
  const noun = NOUN[applied.when];
  const matching = applied.search ? ` matching “${applied.search}”` : '';
  const count = page.shows.length;
  const onlyPage = pageNumber === 1 && page.nextCursor === undefined;
  if (page.total !== undefined) {
    if (page.total === 0 || onlyPage) {
      return page.total === 0 ? `No ${noun}s${matching}.` : `${plural(page.total, noun)}${matching}.`;
    }
    const first = (pageNumber - 1) * pageSize + 1;
    return `${plural(page.total, noun)}${matching}; showing ${first.toLocaleString()}–${(first + count - 1).toLocaleString()}.`;
  }
  if (count === 0) {
    return pageNumber === 1 ? `No ${noun}s${matching}.` : `Page ${pageNumber}: no more ${noun}s${matching}.`;
  }
  return onlyPage ? `${plural(count, noun)}${matching}.` : `Page ${pageNumber}: ${plural(count, noun)}${matching}.`;
}

/** The result count, shown and announced politely whenever a search, filter or page changes it. */
export function ShowListSummary({ list }: { list: ShowListState }) {
  return (
    <p className="result-summary" role="status">
      {resultSummary(list)}
    </p>
  );
}
