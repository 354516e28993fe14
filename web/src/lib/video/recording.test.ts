import { describe, expect, it } from 'vitest';
import { recordingType } from './recording';

describe('recordingType', () => {
  it('prefers WebM with VP8, then any WebM', () => {
    expect(recordingType(() => true)).toBe('video/webm;codecs=vp8');
    expect(recordingType((t) => t === 'video/webm')).toBe('video/webm');
  });

  it('is null when the browser records no WebM', () => {
    expect(recordingType((t) => t === 'video/mp4')).toBeNull();
  });
});
