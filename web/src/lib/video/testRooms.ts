/** Video rooms for tests: a waiting room of call c1 owned by 201, with what a test changes. */
import type { VideoView } from './videoView';

export function roomView(over: Partial<VideoView> = {}): VideoView {
  return {
    videoId: 'v1',
    callId: 'c1',
    state: 'WAITING',
    to: '09012345678',
    customerPresent: false,
    mine: true,
    ownerExtension: '201',
    startedAt: '2026-05-01T10:00:00Z',
    endsAt: '2026-05-01T12:00:00Z',
    endReason: null,
    ...over,
  };
}
