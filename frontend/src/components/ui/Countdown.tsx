import { formatCountdown } from '@/lib/format';
import { useCountdown } from '@/lib/use-countdown';

interface CountdownProps {
  expiresAt: string;
  onExpired: () => void;
}

/** The time left on a hold, ticking; at zero it says the seats are being released. */
export function Countdown({ expiresAt, onExpired }: CountdownProps) {
  const seconds = useCountdown(expiresAt, onExpired);
  const remaining = formatCountdown(seconds);
  return (
    <p className="countdown">
      {seconds > 0 ? 'Time left to confirm: ' : 'Hold expired. Releasing the seats… '}
      <span role="timer" aria-label={`${remaining} left to confirm`} className="countdown__time">
        {remaining}
      </span>
    </p>
  );
}
