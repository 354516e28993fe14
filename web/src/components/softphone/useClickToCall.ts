/** `?dial=NUMBER` (SP-04): the number is already in the box; it is dialled once the phone can call. */
import { useEffect, useRef } from 'preact/hooks';
import { withoutDialParam } from '../../lib/softphone/number';

interface Options {
  /** The number from the address, or null. */
  dial: string | null;
  /** What is in the Number box now: a changed number cancels the automatic dial. */
  number: string;
  canCall: boolean;
  call: (number: string) => void;
}

export function useClickToCall({ dial, number, canCall, call }: Options): void {
  const pending = useRef(dial);
  useEffect(() => {
    const wanted = pending.current;
    if (wanted === null) return;
    if (number !== wanted) {
      pending.current = null;
      return;
    }
    if (!canCall) return;
    pending.current = null;
    const search = withoutDialParam(location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    call(wanted);
  }, [number, canCall]);
}
