import { describe, expect, it } from 'vitest';
import { transferredBy, type TimelineEntry } from './contact';

const entry = (seq: number, kind: string, number: string | null, name: string | null = null): TimelineEntry => ({
  seq,
  at: '2026-12-04T10:00:00Z',
  kind,
  number,
  name,
  detail: null,
});

describe('transferredBy', () => {
  it('names the extension that handed the call over', () => {
    const timeline = [entry(1, 'DIALED', '09012345678'), entry(2, 'ANSWERED', '201', 'Agent One'), entry(3, 'TRANSFERRED', '201', 'Agent One')];
    expect(transferredBy(timeline, '202')).toBe('201 Agent One');
  });
  it('is nothing for a call not transferred, or transferred by oneself', () => {
    expect(transferredBy([entry(1, 'ANSWERED', '202')], '202')).toBeNull();
    expect(transferredBy([entry(1, 'TRANSFERRED', '202', 'Me')], '202')).toBeNull();
  });
  it('takes the latest of several transfers', () => {
    const timeline = [entry(1, 'TRANSFERRED', '201', 'A'), entry(2, 'TRANSFERRED', '203', null)];
    expect(transferredBy(timeline, '204')).toBe('203');
  });
});
