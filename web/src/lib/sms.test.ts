import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { movePage, sentAt, statusKey, statusText, type SmsPage } from './sms';

const en = translator('en');
const ja = translator('ja');

describe('SMS list', () => {
  it('names every status in both languages', () => {
    expect(statusText({ status: 'DELIVERED', failureReason: null }, en)).toBe('Delivered');
    expect(statusText({ status: 'QUEUED', failureReason: null }, ja)).toBe('送信待ち');
    expect(statusText({ status: 'SENT', failureReason: null }, ja)).toBe('送信済み');
  });

  it('says why a message failed', () => {
    expect(statusText({ status: 'FAILED', failureReason: 'not an SMS-capable number' }, en)).toBe(
      'Failed: not an SMS-capable number',
    );
    expect(statusText({ status: 'FAILED', failureReason: null }, ja)).toBe('送信失敗');
  });

  it('shows an unknown status as it came', () => {
    expect(statusKey('BOUNCED')).toBeNull();
    expect(statusText({ status: 'BOUNCED' as never, failureReason: null }, en)).toBe('BOUNCED');
  });

  it('keeps paging inside the pages there are', () => {
    const page: SmsPage = { messages: [], page: 0, size: 20, total: 30, pages: 2 };
    expect(movePage(page, -1)).toBe(0);
    expect(movePage(page, 1)).toBe(1);
    expect(movePage({ ...page, page: 1 }, 1)).toBe(1);
  });

  it('leaves a time it cannot read as it is', () => {
    expect(sentAt('yesterday', 'en')).toBe('yesterday');
    expect(sentAt('2026-05-01T01:23:00Z', 'ja')).toMatch(/2026\/05\/01/);
  });
});
