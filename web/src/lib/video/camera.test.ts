import { describe, expect, it } from 'vitest';
import { cameraCount, hasCamera } from './camera';

describe('hasCamera', () => {
  it('needs a video input', () => {
    expect(hasCamera([{ kind: 'audioinput' }, { kind: 'audiooutput' }])).toBe(false);
    expect(hasCamera([{ kind: 'audioinput' }, { kind: 'videoinput' }])).toBe(true);
    expect(hasCamera([])).toBe(false);
  });
});

describe('cameraCount', () => {
  it('counts front and back as two', () => {
    expect(cameraCount([{ kind: 'videoinput' }, { kind: 'audioinput' }, { kind: 'videoinput' }])).toBe(2);
  });
});
