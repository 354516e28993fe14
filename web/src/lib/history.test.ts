import { describe, expect, it } from 'vitest';
import { agentsText, durationText, exportUrl, historyQuery, listUrl, NO_FILTERS, viewOf } from './history';

describe('history queries', () => {
  it('sends only the filters that are set, with the zone and page', () => {
    const q = historyQuery('calls', { ...NO_FILTERS, from: '2026-05-01', label: '代表 ', outcome: 'ANSWERED' }, 'Asia/Tokyo', 2);
    expect(new URLSearchParams(q).get('from')).toBe('2026-05-01');
    expect(new URLSearchParams(q).get('label')).toBe('代表');
    expect(new URLSearchParams(q).has('outcome')).toBe(false);
    expect(new URLSearchParams(q).get('tz')).toBe('Asia/Tokyo');
    expect(new URLSearchParams(q).get('page')).toBe('2');
    expect(new URLSearchParams(q).has('to')).toBe(false);
  });

  it('keeps the outcome in the call-center history and leaves the page out of exports', () => {
    expect(listUrl('call-centers', { ...NO_FILTERS, outcome: 'ABANDONED' }, 'UTC', 0)).toBe(
      '/api/history/call-centers?outcome=ABANDONED&tz=UTC&page=0',
    );
    expect(exportUrl('labels', { ...NO_FILTERS, tag: '3' }, 'UTC')).toBe('/api/history/labels/export?tag=3&tz=UTC');
  });

  it('reads the view from the address', () => {
    expect(viewOf('?view=labels')).toBe('labels');
    expect(viewOf('?view=call-centers')).toBe('call-centers');
    expect(viewOf('?view=other')).toBe('calls');
    expect(viewOf('')).toBe('calls');
  });
});

describe('history texts', () => {
  it('shows durations as m:ss or h:mm:ss', () => {
    expect(durationText(0)).toBe('0:00');
    expect(durationText(65)).toBe('1:05');
    expect(durationText(3725)).toBe('1:02:05');
    expect(durationText(null)).toBe('');
  });

  it('names the agents with their extensions', () => {
    expect(agentsText([{ accountId: 1, name: 'Agent One', extension: '201', talkSeconds: 3 }])).toBe('Agent One (201)');
    expect(agentsText([])).toBe('');
  });
});
