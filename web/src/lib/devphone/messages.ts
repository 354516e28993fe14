/** The SMS sent to the dev phone's number (`GET /api/devphone/messages?number=`, demo mode only). */

export interface DevPhoneMessage {
  id: number;
  from: string;
  to: string;
  body: string;
  status: string;
  at: string;
}

/**
 * The messages to `number`, newest first; null when the server has no SMS outbox to ask (404, or
 * 401 from a server that does not know the path yet), so the page just shows none.
 */
export async function fetchMessages(number: string, fetchFn: typeof fetch = fetch): Promise<DevPhoneMessage[] | null> {
  const res = await fetchFn(`/api/devphone/messages?number=${encodeURIComponent(number)}`, {
    headers: { Accept: 'application/json' },
    credentials: 'omit',
  });
  if (res.status === 404 || res.status === 401) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body: unknown = await res.json();
  return Array.isArray(body) ? (body.filter(isMessage) as DevPhoneMessage[]) : [];
}

function isMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'number' && typeof m.body === 'string';
}
