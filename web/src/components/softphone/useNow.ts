import { useEffect, useState } from 'preact/hooks';

/** `Date.now()`, refreshed four times a second while `running` (and frozen at its last value otherwise). */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
