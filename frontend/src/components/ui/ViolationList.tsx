import type { Violation } from '@/api/types';

/** The server's complaints that belong to no field of the form, one per line; nothing when none. */
export function ViolationList({ violations }: { violations: readonly Violation[] }) {
  if (violations.length === 0) {
    return null;
  }
  return (
    <ul>
      {violations.map((violation) => (
        <li key={`${violation.field}:${violation.message}`}>{violation.message}</li>
      ))}
    </ul>
  );
}
