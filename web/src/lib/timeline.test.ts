import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { timelineLine } from './timeline';

const entry = (kind: string, number: string | null, name: string | null, detail: string | null) => ({
  seq: 1,
  at: '2026-12-04T10:00:00Z',
  kind,
  number,
  name,
  detail,
});

describe('timelineLine', () => {
  it('names the party once and translates the move', () => {
    expect(timelineLine(entry('ANSWERED', '201', 'Agent One', 'CALL'))).toMatchObject({
      who: '201 Agent One',
      what: { key: 'tlAnswered' },
      detail: null,
    });
    expect(timelineLine(entry('RINGING', '203', 'Agent Three', 'CONSULT')).detail).toEqual({ key: 'tlForConsult' });
    expect(timelineLine(entry('TRANSFERRED', '201', null, '09012345678->203')).detail).toEqual({ raw: '09012345678->203' });
    expect(timelineLine(entry('RINGING', '202', '202', null))).toMatchObject({ who: '202', detail: null });
  });

  it('shows a saved file by its name and a video end by its reason', () => {
    expect(timelineLine(entry('VIDEO_RECORDING', '201', 'agent1', '20261204101500agent1c-1.webm'))).toMatchObject({
      what: { key: 'tlVideoRecording' },
      detail: { raw: '20261204101500agent1c-1.webm' },
    });
    expect(timelineLine(entry('VIDEO_ENDED', '202', null, 'callEnded')).detail).toEqual({ key: 'tlVideoByCall' });
  });

  it('keeps a kind it does not know as it came', () => {
    expect(timelineLine(entry('SOMETHING_NEW', null, null, null))).toMatchObject({ who: '', what: { raw: 'SOMETHING_NEW' } });
  });

  it('has words for every kind in both languages', () => {
    const kinds = ['DIALED', 'RINGING', 'ANSWERED', 'HELD', 'RESUMED', 'MUTED', 'UNMUTED', 'PARKED', 'RETRIEVED',
      'PARK_RINGBACK', 'TRANSFER_STARTED', 'CONSULTING', 'TRANSFERRED', 'CONFERENCED', 'PICKED_UP', 'QUEUED',
      'OVERFLOWED', 'LEFT', 'ENDED', 'VIDEO_STARTED', 'VIDEO_LINK_RESENT', 'VIDEO_CUSTOMER_JOINED', 'VIDEO_TAKEN_OVER',
      'VIDEO_CAPTURE', 'VIDEO_RECORDING', 'VIDEO_ENDED'];
    for (const kind of kinds) {
      const what = timelineLine(entry(kind, null, null, null)).what;
      expect(what, kind).toHaveProperty('key');
      const key = (what as { key: keyof typeof en }).key;
      expect(en[key]).toBeTruthy();
      expect(ja[key]).toBeTruthy();
    }
  });
});
