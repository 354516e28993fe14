/** The WebSocket frame format: `{v:1, type, id?, payload?}` (docs/protocol.md). */
export const PROTOCOL_VERSION = 1;

export interface Envelope {
  v: number;
  type: string;
  id?: string;
  payload?: unknown;
}

export function encode(type: string, payload?: unknown, id?: string): string {
  const env: Envelope = { v: PROTOCOL_VERSION, type };
  if (id !== undefined) env.id = id;
  if (payload !== undefined) env.payload = payload;
  return JSON.stringify(env);
}

/** The envelope in a frame, or null for anything that is not a version-1 envelope. */
export function decode(data: unknown): Envelope | null {
  if (typeof data !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const o = parsed as Record<string, unknown>;
  if (o.v !== PROTOCOL_VERSION || typeof o.type !== 'string' || o.type === '') return null;
  if (o.id !== undefined && typeof o.id !== 'string') return null;
  const env: Envelope = { v: PROTOCOL_VERSION, type: o.type };
  if (typeof o.id === 'string') env.id = o.id;
  if (o.payload !== undefined) env.payload = o.payload;
  return env;
}
