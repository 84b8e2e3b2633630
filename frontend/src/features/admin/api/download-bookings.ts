import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { filterQuery, type ShowBookingsFilter } from './show-bookings';

/** The file name in `Content-Disposition: attachment; filename="bookings-<show>.csv"`, if any. */
export function attachmentName(header: string | null): string | undefined {
  if (!header) {
    return undefined;
  }
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall back to the plain filename
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim() || undefined;
}

export interface CsvDownload {
  blob: Blob;
  fileName: string;
}

/**
 * GET /shows/{showId}/bookings with `Accept: text/csv`: every matching booking as CSV (the server
 * streams it). Sent through the API client, so the session cookie and the app's error handling
 * apply as to any call.
 */
export async function fetchBookingsCsv(showId: string, filter: ShowBookingsFilter): Promise<CsvDownload> {
  const { data, error, response } = await send(
    apiClient.GET('/shows/{showId}/bookings', {
      params: {
        path: { showId },
        query: filterQuery(filter),
      },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
  if (!response.ok || data === undefined) {
    throw apiErrorFrom(response, error);
  }
  return { blob: data as Blob, fileName: attachmentName(response.headers.get('Content-Disposition')) ?? `bookings-${showId}.csv` };
}

/** Hands a file to the browser's downloads, as a link with `download` would. */
export function saveFile({ blob, fileName }: CsvDownload) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
