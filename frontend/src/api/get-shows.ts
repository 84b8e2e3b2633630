import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiErrorFrom, send } from './api-error';
import { apiClient } from './client';
import { nextCursor } from './link-header';
import { queryKeys } from './query-keys';
import type { paths } from './schema';
import type { Show } from './types';

export type ShowsWhen = 'upcoming' | 'past' | 'all';

/** What a page of the show list asks for; left out, the server's defaults apply (upcoming, first page). */
export interface ShowListParams {
  /** Part of the name, matched ignoring case and accents. */
  q?: string;
  when?: ShowsWhen;
  /** Shows starting at or after this instant (ISO-8601). */
  from?: string;
  /** Shows starting before this instant (ISO-8601). */
  to?: string;
  /** Where the page starts, as the previous page's Link header gave it. */
  cursor?: string;
  limit?: number;
}

/** One page of GET /shows. */
export interface ShowPage {
  shows: Show[];
  /** Where the next page starts; undefined on the last page. */
  nextCursor: string | undefined;
  /** How many shows match in all, when the server says (X-Total-Count). */
  total: number | undefined;
}

type ShowsQuery = NonNullable<paths['/shows']['get']['parameters']['query']>;

/** The parameters the server gets: empty ones left out, so equal lists share one cache entry. */
export function showListQuery(params: ShowListParams): ShowsQuery {
  const query: Record<string, string> = {};
  const q = params.q?.trim();
  if (q) query.q = q;
  if (params.when && params.when !== 'upcoming') query.when = params.when;
  if (params.from) query.from = params.from;
  if (params.to) query.to = params.to;
  if (params.cursor) query.cursor = params.cursor;
  if (params.limit !== undefined) query.limit = String(params.limit);
  return query as ShowsQuery;
}

function total(header: string | null): number | undefined {
  return header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
}

/**
 * GET /shows: a page of shows, by start time (past ones newest first). `Link: <...>; rel="next"`
 * carries the next page's cursor; `X-Total-Count`, when sent, how many match in all.
 */
export async function getShows(params: ShowListParams = {}, signal?: AbortSignal): Promise<ShowPage> {
  const { data, error, response } = await send(apiClient.GET('/shows', { params: { query: showListQuery(params) }, signal }));
  if (data === undefined) {
    throw apiErrorFrom(response, error);
  }
  return {
    shows: data,
    nextCursor: nextCursor(response.headers.get('Link')),
    total: total(response.headers.get('X-Total-Count')),
  };
}

/**
 * A page of the show list, shared by the shows page and the admin page and refreshed by whatever
 * changes shows or seats (they invalidate every page by the list's key prefix). An overview: reused
 * across navigation for half a minute, then fetched again. While another page or search loads, the
 * one shown stays (placeholder data) instead of giving way to a spinner.
 */
export function getShowsQueryOptions(params: ShowListParams = {}) {
  return queryOptions({
    queryKey: [...queryKeys.showList(), showListQuery(params)] as const,
    queryFn: ({ signal }) => getShows(params, signal),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
