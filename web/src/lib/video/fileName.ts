/** Names of the files a communicator saves from a video call (VE-04). Pure. */
import type { VideoFileKind } from './videoView';

/** What `video.file` accepts as a name (docs/protocol.md): 1–100 letters, digits, `.`, `-`, `_`. */
export const FILE_NAME_MAX = 100;
const NOT_ALLOWED = /[^A-Za-z0-9._-]/g;

const EXTENSIONS: Record<VideoFileKind, string> = { capture: '.png', recording: '.webm' };

/** `yyyymmddhhmmss` in local time. */
export function timestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    String(at.getFullYear()).padStart(4, '0') +
    two(at.getMonth() + 1) +
    two(at.getDate()) +
    two(at.getHours()) +
    two(at.getMinutes()) +
    two(at.getSeconds())
  );
}

/**
 * `yyyymmddhhmmss` + user ID + contact ID + extension, e.g. `20260501102330agent1c-42.png`: the time
 * the capture was taken or the recording ended, the signed-in login and the call id. Characters the
 * server would refuse are dropped, and a long name is cut before its extension.
 */
export function videoFileName(at: Date, login: string, callId: string, kind: VideoFileKind): string {
  const extension = EXTENSIONS[kind];
  const base = (timestamp(at) + login + callId).replace(NOT_ALLOWED, '');
  return base.slice(0, FILE_NAME_MAX - extension.length) + extension;
}
