import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatDuration, timeMs } from './duration';

describe('formatDuration', () => {
  it('shows mm:ss under an hour', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(5)).toBe('00:05');
    expect(formatDuration(65)).toBe('01:05');
    expect(formatDuration(3599)).toBe('59:59');
  });

  it('shows hh:mm:ss from an hour on', () => {
    expect(formatDuration(3600)).toBe('01:00:00');
    expect(formatDuration(3661)).toBe('01:01:01');
    expect(formatDuration(36000 + 59)).toBe('10:00:59');
    expect(formatDuration(100 * 3600)).toBe('100:00:00');
  });

  it('drops fractions and treats odd input as zero', () => {
    expect(formatDuration(59.9)).toBe('00:59');
    expect(formatDuration(-3)).toBe('00:00');
    expect(formatDuration(Number.NaN)).toBe('00:00');
  });
});

describe('elapsedSeconds', () => {
  const start = '2026-03-01T10:00:00Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts whole seconds from a server time', () => {
    expect(elapsedSeconds(start, at('2026-03-01T10:00:00.999Z'))).toBe(0);
    expect(elapsedSeconds(start, at('2026-03-01T10:01:05.400Z'))).toBe(65);
    expect(elapsedSeconds(start, at('2026-03-01T11:00:00Z'))).toBe(3600);
  });

  it('is never negative when the server clock is ahead', () => {
    expect(elapsedSeconds(start, at('2026-03-01T09:59:58Z'))).toBe(0);
  });

  it('is null without a start', () => {
    expect(elapsedSeconds(null, 0)).toBeNull();
    expect(elapsedSeconds('not a time', 0)).toBeNull();
  });

  it('reads ISO text and epoch milliseconds', () => {
    expect(timeMs(start)).toBe(at(start));
    expect(timeMs(1234)).toBe(1234);
    expect(timeMs('')).toBeNull();
    expect(timeMs(undefined)).toBeNull();
  });
});
