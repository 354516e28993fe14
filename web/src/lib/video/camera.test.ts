import { describe, expect, it } from 'vitest';
import { hasCamera } from './camera';

describe('hasCamera', () => {
  it('needs a video input', () => {
    expect(hasCamera([{ kind: 'audioinput' }, { kind: 'audiooutput' }])).toBe(false);
    expect(hasCamera([{ kind: 'audioinput' }, { kind: 'videoinput' }])).toBe(true);
    expect(hasCamera([])).toBe(false);
  });
});
