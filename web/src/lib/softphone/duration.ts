/** The softphone's timers (SP-06, SP-07): `mm:ss` under an hour, `hh:mm:ss` from an hour on. Pure. */

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whole seconds as `mm:ss`, or `hh:mm:ss` once they reach an hour; negative or odd input counts as 0. */
export function formatDuration(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${two(h)}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Milliseconds since the epoch of a server time (ISO-8601 text, or a number), or null. */
export function timeMs(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Whole seconds from `since` to `nowMs`, never negative (the clocks may differ a little); null without a start. */
export function elapsedSeconds(since: string | number | null | undefined, nowMs: number): number | null {
  const start = timeMs(since);
  if (start === null) return null;
  return Math.max(0, Math.floor((nowMs - start) / 1000));
}
