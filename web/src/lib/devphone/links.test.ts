import { describe, expect, it } from 'vitest';
import { splitLinks } from './links';

describe('SMS links', () => {
  it('keeps plain text as text', () => {
    expect(splitLinks('Hello <b>there</b>')).toEqual([{ kind: 'text', text: 'Hello <b>there</b>' }]);
  });

  it('turns http and https links into anchors around the text', () => {
    expect(splitLinks('Join: https://example.test/v/abc?t=1 now')).toEqual([
      { kind: 'text', text: 'Join: ' },
      { kind: 'link', text: 'https://example.test/v/abc?t=1', href: 'https://example.test/v/abc?t=1' },
      { kind: 'text', text: ' now' },
    ]);
    expect(splitLinks('http://localhost:8080/x')).toEqual([
      { kind: 'link', text: 'http://localhost:8080/x', href: 'http://localhost:8080/x' },
    ]);
  });

  it('leaves sentence punctuation outside the link', () => {
    expect(splitLinks('ビデオ通話はこちら https://example.test/v/1。')).toEqual([
      { kind: 'text', text: 'ビデオ通話はこちら ' },
      { kind: 'link', text: 'https://example.test/v/1', href: 'https://example.test/v/1' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('never makes anchors of other schemes', () => {
    const body = 'javascript:alert(1) data:text/html,x tel:0312345678';
    expect(splitLinks(body)).toEqual([{ kind: 'text', text: body }]);
  });

  it('finds several links', () => {
    const pieces = splitLinks('a https://one.test b HTTPS://two.test');
    expect(pieces.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual(['https://one.test', 'HTTPS://two.test']);
  });
});
