import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getShowsQueryOptions, type ShowListParams, type ShowsWhen } from '@/api/get-shows';
import { useDebouncedValue } from './use-debounced-value';

/** Shows per page on the shows page and the admin page. */
export const SHOW_PAGE_SIZE = 20;
/** How long the search box waits after the last keystroke before it asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** What the person chose above a show list; dates are a date input's values (yyyy-mm-dd, their own time zone). */
export interface ShowListFilters {
  search: string;
  when: ShowsWhen;
  from: string;
  to: string;
}

export const NO_FILTERS: ShowListFilters = { search: '', when: 'upcoming', from: '', to: '' };

interface StoredList {
  filters: ShowListFilters;
  /** The cursors that led to the page shown (none on the first page), oldest first: "Previous" drops the last. */
  cursors: string[];
}

const WHENS: readonly ShowsWhen[] = ['upcoming', 'past', 'all'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readStored(storageKey: string): StoredList {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null') as Partial<StoredList> | null;
    const filters = parsed?.filters;
    const stored: unknown = parsed?.cursors;
    const cursors = Array.isArray(stored) ? stored.filter((cursor): cursor is string => typeof cursor === 'string') : [];
    return {
      filters: {
        search: typeof filters?.search === 'string' ? filters.search : '',
        when: WHENS.includes(filters?.when as ShowsWhen) ? (filters?.when as ShowsWhen) : 'upcoming',
        from: typeof filters?.from === 'string' && DATE.test(filters.from) ? filters.from : '',
        to: typeof filters?.to === 'string' && DATE.test(filters.to) ? filters.to : '',
      },
      cursors,
    };
  } catch {
    return { filters: NO_FILTERS, cursors: [] };
  }
}

/** Local midnight of a yyyy-mm-dd date, `days` later, as the API's instant. */
function startOfDay(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + days).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The date range as the API takes it: from the first day's start to the last day's end, both days included. */
export function dateRange(from: string, to: string): { from?: string; to?: string; error?: string } {
  if (from && to && to < from) {
    return { error: 'The last day is before the first day.' };
  }
  return { ...(from !== '' && { from: startOfDay(from) }), ...(to !== '' && { to: startOfDay(to, 1) }) };
}

export function isFiltered(filters: ShowListFilters): boolean {
  return filters.search.trim() !== '' || filters.when !== 'upcoming' || filters.from !== '' || filters.to !== '';
}

/**
 * A show list with a search box, upcoming/past/all, a date range and Previous/Next paging: the
 * shows page and the admin page share it. The search goes out once typing pauses; any change of
 * the filters starts again at the first page. What was chosen, and the page, are kept for this tab
 * (sessionStorage under `storageKey`), so coming back from a show finds the list where it was,
 * straight from the cache.
 */
export function useShowList(storageKey: string, pageSize = SHOW_PAGE_SIZE) {
  const [stored] = useState(() => readStored(storageKey));
  const [filters, setFilters] = useState<ShowListFilters>(stored.filters);
  const [cursors, setCursors] = useState<string[]>(stored.cursors);
  const search = useDebouncedValue(filters.search.trim(), SEARCH_DEBOUNCE_MS);

  // A new search (once it goes out) starts at the first page.
  const [searched, setSearched] = useState(search);
  if (searched !== search) {
    setSearched(search);
    setCursors([]);
  }

  useEffect(() => {
    window.sessionStorage.setItem(storageKey, JSON.stringify({ filters, cursors } satisfies StoredList));
  }, [storageKey, filters, cursors]);

  const range = dateRange(filters.from, filters.to);
  const params: ShowListParams = {
    q: search,
    when: filters.when,
    from: range.error ? undefined : range.from,
    to: range.error ? undefined : range.to,
    cursor: cursors.at(-1),
    limit: pageSize,
  };
  const query = useQuery(getShowsQueryOptions(params));
  const page = query.data;

  return {
    query,
    page,
    /** The filters as typed; the search in the request trails the box by a moment. */
    filters,
    /** What the shown results were asked with (the search box may be ahead of it). */
    applied: { ...filters, search },
    dateError: range.error,
    pageNumber: cursors.length + 1,
    pageSize,
    hasPrevious: cursors.length > 0,
    hasNext: page?.nextCursor !== undefined && !query.isPlaceholderData,
    /** Changes filters; anything but the search box (debounced above) goes back to the first page at once. */
    setFilter<K extends keyof ShowListFilters>(name: K, value: ShowListFilters[K]) {
      setFilters((previous) => ({ ...previous, [name]: value }));
      if (name !== 'search') {
        setCursors([]);
      }
    },
    clear() {
      setFilters(NO_FILTERS);
      setCursors([]);
    },
    next() {
      const cursor = page?.nextCursor;
      if (cursor !== undefined) {
        setCursors((previous) => [...previous, cursor]);
      }
    },
    previous() {
      setCursors((previous) => previous.slice(0, -1));
    },
  };
}

export type ShowListState = ReturnType<typeof useShowList>;
