import { useEffect, useRef, useState } from 'react';

function secondsUntil(deadline: number): number {
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

/** Whole seconds left until `deadline` (ISO time), ticking live; calls `onExpired` once at zero. */
export function useCountdown(deadline: string, onExpired: () => void): number {
  const target = Date.parse(deadline);
  const [seconds, setSeconds] = useState(() => secondsUntil(target));
  const onExpiredRef = useRef(onExpired);

  useEffect(() => {
    onExpiredRef.current = onExpired;
  }, [onExpired]);

  useEffect(() => {
    let expired = false;
    const tick = () => {
      const left = secondsUntil(target);
      setSeconds(left);
      if (left === 0 && !expired) {
        expired = true;
        onExpiredRef.current();
      }
    };
    // Four ticks a second keep the display within a quarter second of the real deadline.
    const timer = window.setInterval(tick, 250);
    tick();
    return () => window.clearInterval(timer);
  }, [target]);

  return seconds;
}
