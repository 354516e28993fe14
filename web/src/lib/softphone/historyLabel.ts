/** How a history entry reads: "09012345678 Agent Two 11/22 14:03" (the number first, SP-03). Pure. */
import type { HistoryEntry } from '../types';
import { timeMs } from './duration';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `MM/DD hh:mm` in this browser's time zone, or '' for a missing time. */
export function shortDateTime(at: string): string {
  const ms = timeMs(at);
  if (ms === null) return '';
  const d = new Date(ms);
  return `${two(d.getMonth() + 1)}/${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Number, name (when there is one and it is not just the number again) and time. */
export function historyEntryLabel(entry: Pick<HistoryEntry, 'number' | 'name' | 'at'>): string {
  const name = entry.name?.trim();
  return [entry.number, name && name !== entry.number ? name : '', shortDateTime(entry.at)].filter(Boolean).join(' ');
}
