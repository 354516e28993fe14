/** Recording the customer's video in the browser (VE-04): WebM from MediaRecorder, made seekable before saving. */
import { seekableWebmBlob } from './webmSeekable';

const PREFERRED_TYPES = ['video/webm;codecs=vp8', 'video/webm'];

/** The WebM type this browser can record, VP8 first (what the customer's phone sends); null when none. Pure. */
export function recordingType(isTypeSupported: (type: string) => boolean): string | null {
  return PREFERRED_TYPES.find((type) => isTypeSupported(type)) ?? null;
}

/** Whether this browser can record WebM video at all. */
export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && recordingType((t) => MediaRecorder.isTypeSupported(t)) !== null;
}

/** One recording of one video track; `stop()` gives the seekable file. */
export class VideoRecording {
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly done: Promise<Blob>;
  private readonly type: string;

  constructor(track: MediaStreamTrack) {
    const type = recordingType((t) => MediaRecorder.isTypeSupported(t));
    if (!type) throw new Error('WebM recording is not supported');
    this.type = type;
    this.recorder = new MediaRecorder(new MediaStream([track]), { mimeType: type });
    this.done = new Promise((resolve, reject) => {
      this.recorder.ondataavailable = (e) => {
        if (e.data.size > 0) this.chunks.push(e.data);
      };
      this.recorder.onstop = () => resolve(new Blob(this.chunks, { type: 'video/webm' }));
      this.recorder.onerror = () => reject(new Error('recording failed'));
    });
    // Chunks every second: what was recorded survives a recorder that dies with its track.
    this.recorder.start(1000);
  }

  get mimeType(): string {
    return this.type;
  }

  /** Stops (once) and resolves with the recorded WebM, with the index a player needs to seek. */
  async stop(): Promise<Blob> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    const recorded = await this.done;
    try {
      return await seekableWebmBlob(recorded);
    } catch {
      // A file that plays from the start beats no file.
      return recorded;
    }
  }
}
