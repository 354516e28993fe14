/** The admin screen's SMS list (`GET /api/admin/sms`): types and the pure parts of showing it. */
import type { MessageKey } from '../i18n/en';

export type SmsStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED';

export interface SmsMessage {
  id: number;
  to: string;
  from: string;
  body: string;
  status: SmsStatus;
  failureReason: string | null;
  provider: string;
  providerMessageId: string | null;
  purpose: string;
  senderAccountId: number | null;
  sender: string | null;
  createdAt: string;
  sentAt: string | null;
  finishedAt: string | null;
}

export interface SmsPage {
  messages: SmsMessage[];
  page: number;
  size: number;
  total: number;
  pages: number;
}

const STATUSES: readonly SmsStatus[] = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED'];

/** The label of a status; an unknown one (a newer server) reads as its own text. */
export function statusKey(status: string): MessageKey | null {
  return (STATUSES as readonly string[]).includes(status) ? (`smsStatus${status}` as MessageKey) : null;
}

/** What the status cell says: the label, and for a failure its reason. */
export function statusText(message: Pick<SmsMessage, 'status' | 'failureReason'>, label: (key: MessageKey) => string): string {
  const key = statusKey(message.status);
  const name = key ? label(key) : message.status;
  return message.status === 'FAILED' && message.failureReason ? `${name}: ${message.failureReason}` : name;
}

/** The page to ask for after a move, kept inside 0 … pages-1. */
export function movePage(page: SmsPage, by: -1 | 1): number {
  return Math.max(0, Math.min(page.pages - 1, page.page + by));
}

/** Local date and time in the UI's language, e.g. `2026/05/01 10:23` in Japanese. */
export function sentAt(iso: string, lang: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
