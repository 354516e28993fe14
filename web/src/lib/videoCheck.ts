/**
 * The video check (docs/protocol.md, `diag.video.*`): this browser's camera goes to a named test room
 * of the server's video engine, which forwards the other participants' cameras back.
 */
import type { MediaDeps } from './audioCheck';
import { RoomLeg, type RoomFailure, type RoomListener } from './video/roomLeg';
import type { WsClient } from './ws';

export type VideoCheckFailure = RoomFailure;
export { RoomError as VideoCheckError } from './video/roomLeg';

/** A leg in the test room `room`, publishing any camera; leaving tells the server. */
export function videoCheckLeg(ws: Pick<WsClient, 'request'>, room: string, deps: MediaDeps, listener: RoomListener): RoomLeg {
  const signalling = {
    join: (sdp: string) => ws.request('diag.video.join', { room, sdp }),
    offer: (sdp: string) => ws.request('diag.video.offer', { sdp }),
    leave: () => ws.request('diag.video.leave', undefined),
  };
  return new RoomLeg(signalling, deps, listener, { camera: true });
}

/** One received video stream as `getStats()` reports it. */
export interface ReceivedVideo {
  mid: string;
  framesDecoded: number;
  width: number | null;
  height: number | null;
}

type StatsEntry = { type?: string; [field: string]: unknown };

/** The inbound video streams of a stats report, by mid. Pure. */
export function readVideoStats(entries: Iterable<StatsEntry>): ReceivedVideo[] {
  const out: ReceivedVideo[] = [];
  for (const s of entries) {
    if (s.type !== 'inbound-rtp' || (s.kind !== 'video' && s.mediaType !== 'video')) continue;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    out.push({
      mid: typeof s.mid === 'string' ? s.mid : '?',
      framesDecoded: n(s.framesDecoded) ?? 0,
      width: n(s.frameWidth),
      height: n(s.frameHeight),
    });
  }
  return out.sort((a, b) => a.mid.localeCompare(b.mid, undefined, { numeric: true }));
}

/** A moving test pattern, for a second video where the screen cannot be shared (headless browsers). */
export function testPattern(): { stream: MediaStream; stop(): void } {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const ctx = canvas.getContext('2d');
  let frame = 0;
  const timer = setInterval(() => {
    if (!ctx) return;
    frame++;
    ctx.fillStyle = `hsl(${(frame * 7) % 360} 60% 40%)`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#fff';
    ctx.font = '48px sans-serif';
    ctx.fillText(`Tsunagu ${frame}`, 40, 200);
  }, 66);
  const stream = canvas.captureStream(15);
  return {
    stream,
    stop: () => {
      clearInterval(timer);
      stream.getTracks().forEach((t) => t.stop());
    },
  };
}
