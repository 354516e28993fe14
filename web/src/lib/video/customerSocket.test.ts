import { describe, expect, it } from 'vitest';
import { customerVideoWsUrl } from './customerSocket';

describe('customerVideoWsUrl', () => {
  it('is /v/ws on the page’s own host, secure on https', () => {
    expect(customerVideoWsUrl({ protocol: 'https:', host: 'cc.example.jp' })).toBe('wss://cc.example.jp/v/ws');
    expect(customerVideoWsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/v/ws');
  });
});
