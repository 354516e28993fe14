import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, timestamp, videoFileName } from './fileName';

describe('videoFileName', () => {
  const at = new Date(2026, 4, 1, 9, 3, 7);

  it('is the local time, the login and the call id, with the kind’s extension', () => {
    expect(timestamp(at)).toBe('20260501090307');
    expect(videoFileName(at, 'agent1', 'c-42', 'capture')).toBe('20260501090307agent1c-42.png');
    expect(videoFileName(at, 'agent1', 'c-42', 'recording')).toBe('20260501090307agent1c-42.webm');
  });

  it('keeps only the characters the server accepts', () => {
    expect(videoFileName(at, 'sato@example.jp', 'call/7 ü', 'capture')).toBe('20260501090307satoexample.jpcall7.png');
  });

  it('cuts a long name before its extension', () => {
    const name = videoFileName(at, 'a'.repeat(120), 'c-1', 'recording');
    expect(name).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith('aaa.webm')).toBe(true);
    expect(name).toMatch(/^[A-Za-z0-9._-]{1,100}$/);
  });
});
