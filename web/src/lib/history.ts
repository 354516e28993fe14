/** The histories (`/api/history/…`, docs/protocol.md "Histories"): types and the pure parts of showing them. */
import type { MessageKey } from '../i18n/en';

export type HistoryView = 'calls' | 'labels' | 'call-centers';
export const HISTORY_VIEWS: readonly HistoryView[] = ['calls', 'labels', 'call-centers'];
export type Direction = 'INBOUND' | 'OUTBOUND' | 'INTERNAL';
export type Outcome = 'ANSWERED' | 'ABANDONED' | 'OVERFLOWED';
export const OUTCOMES: readonly Outcome[] = ['ANSWERED', 'ABANDONED', 'OVERFLOWED'];

export interface HistoryAgent {
  accountId: number;
  name: string;
  extension: string;
  talkSeconds: number;
}

export interface HistoryVisit {
  callCenterId: string;
  callCenterName: string | null;
  businessLabel: string | null;
  enteredAt: string | null;
  outcome: Outcome | null;
  outcomeAt: string | null;
  waitSeconds: number | null;
  agentAccountId: number | null;
  agentName: string | null;
}

export interface HistoryEntry {
  callId: string;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  direction: Direction | null;
  callerNumber: string | null;
  dialledNumber: string | null;
  outsideNumber: string | null;
  businessLabel: string | null;
  callCenter: { id: string; name: string | null } | null;
  answered: boolean;
  agents: HistoryAgent[];
  tags: { id: number; name: string }[];
  notes: { accountId: number; author: string; body: string; updatedAt: string }[];
  visit: HistoryVisit | null;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  page: number;
  size: number;
  total: number;
  pages: number;
  labels: { label: string; calls: number }[];
}

export interface HistoryOptions {
  agents: { id: number; name: string; extension: string }[];
  callCenters: { id: string; name: string }[];
  labels: string[];
  tags: { id: number; name: string }[];
}

/** The filter form's values; empty strings mean "any". */
export interface HistoryFilters {
  from: string;
  to: string;
  agent: string;
  callCenter: string;
  label: string;
  tag: string;
  outcome: string;
}

export const NO_FILTERS: HistoryFilters = { from: '', to: '', agent: '', callCenter: '', label: '', tag: '', outcome: '' };

/** The view a `?view=` parameter names, else the call history. */
export function viewOf(search: string): HistoryView {
  const v = new URLSearchParams(search).get('view');
  return (HISTORY_VIEWS as readonly string[]).includes(v ?? '') ? (v as HistoryView) : 'calls';
}

/** Query parameters for the filters (only those set; the outcome only in the call-center history), the zone and the page. */
export function historyQuery(view: HistoryView, filters: HistoryFilters, tz: string, page?: number): string {
  const q = new URLSearchParams();
  for (const key of ['from', 'to', 'agent', 'callCenter', 'label', 'tag', 'outcome'] as const) {
    const value = filters[key].trim();
    if (value === '' || (key === 'outcome' && view !== 'call-centers')) continue;
    q.set(key, value);
  }
  if (tz) q.set('tz', tz);
  if (page !== undefined) q.set('page', String(page));
  return q.toString();
}

export function listUrl(view: HistoryView, filters: HistoryFilters, tz: string, page: number): string {
  return `/api/history/${view}?${historyQuery(view, filters, tz, page)}`;
}

export function exportUrl(view: HistoryView, filters: HistoryFilters, tz: string): string {
  return `/api/history/${view}/export?${historyQuery(view, filters, tz)}`;
}

/** Seconds as `m:ss` (or `h:mm:ss`); an unknown length as an empty text. */
export function durationText(seconds: number | null): string {
  if (seconds === null || seconds < 0) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function directionKey(d: Direction | null): MessageKey | null {
  return d ? (`historyDirection${d}` as MessageKey) : null;
}

export function outcomeKey(o: Outcome | null): MessageKey | null {
  return o ? (`historyOutcome${o}` as MessageKey) : null;
}

/** Who talked, e.g. `Agent One (201)`, comma-separated. */
export function agentsText(agents: readonly HistoryAgent[]): string {
  return agents.map((a) => `${a.name} (${a.extension})`).join(', ');
}
