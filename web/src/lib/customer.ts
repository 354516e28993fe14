/** Which number the workspace looks up in the phonebooks for a call (WS-02). Pure. */
import { isActive } from './softphone/callStatus';
import type { CallView } from './types';

/**
 * The number of the party the agent deals with: the caller while it rings, the other side while
 * connected or held. None for internal numbers (extensions, park slots: short and not starting
 * with 0), which are colleagues, not customers.
 */
export function customerNumber(call: CallView | null): string | null {
  if (!isActive(call)) return null;
  const number = call.remoteNumber;
  if (!number || !/^\+?[0-9]{9,20}$/.test(number)) return null;
  return number;
}
