import { useEffect, useRef, useState } from 'react';

function secondsUntil(deadline: number): number {
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

function noop() {}

/**
 * Whole seconds left until `deadline` (an ISO time, or ms since the epoch), ticking live; calls
 * `onExpired` once at zero, then stops ticking. A deadline in the past counts as zero at once.
 */
export function useCountdown(deadline: string | number, onExpired: () => void = noop): number {
  const target = typeof deadline === 'number' ? deadline : Date.parse(deadline);
  const [seconds, setSeconds] = useState(() => secondsUntil(target));
  const onExpiredRef = useRef(onExpired);

  useEffect(() => {
    onExpiredRef.current = onExpired;
  }, [onExpired]);

  useEffect(() => {
    let timer: number | undefined;
    const tick = () => {
      const left = secondsUntil(target);
      setSeconds(left);
      if (left === 0) {
        window.clearInterval(timer);
        timer = undefined;
        onExpiredRef.current();
      }
    };
    // Four ticks a second keep the display within a quarter second of the real deadline.
    timer = window.setInterval(tick, 250);
    tick();
    return () => window.clearInterval(timer);
  }, [target]);

  return seconds;
}
