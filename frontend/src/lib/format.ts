const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A start time in the user's own time zone and locale. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** Remaining whole seconds as m:ss. */
export function formatCountdown(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/** "seat 4", "seats 4 and 7", "seats 4, 7 and 9". */
export function formatSeats(seats: readonly number[]): string {
  const sorted = [...seats].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return 'no seats';
  }
  if (sorted.length === 1) {
    return `seat ${sorted[0]}`;
  }
  const last = sorted.pop();
  return `seats ${sorted.join(', ')} and ${last}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** A time of day in the user's own time zone and locale: "19:42" or "7:42 PM". */
export function formatTime(iso: string): string {
  return timeOfDay.format(new Date(iso));
}

/** A length of time in words: "5 minutes", "1 minute 30 seconds", "45 seconds". */
export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  const parts = [];
  if (minutes > 0) {
    parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  }
  if (seconds > 0 || minutes === 0) {
    parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  }
  return parts.join(' ');
}
