import { formatCountdown } from '@/lib/format';
import { useCountdown } from '../hooks/use-countdown';
import './status-panel.css';

interface CountdownProps {
  expiresAt: string;
  onExpired: () => void;
}

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
