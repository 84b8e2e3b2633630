/**
 * The cursor of the page a `Link: <...>; rel="next"` header points at (RFC 8288), or undefined
 * when there is no next page.
 */
export function nextCursor(link: string | null): string | undefined {
  if (!link) {
    return undefined;
  }
  for (const entry of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(entry);
    const rels = match ? /;\s*rel="?([^";]+)"?/i.exec(match[2] ?? '')?.[1]?.toLowerCase().split(/\s+/) : undefined;
    if (match && rels?.includes('next')) {
      return new URL(match[1] ?? '', 'http://localhost').searchParams.get('cursor') ?? undefined;
    }
  }
  return undefined;
}
