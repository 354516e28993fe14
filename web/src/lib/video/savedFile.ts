/** Files saved from a video call: downloaded at once and kept as links for the call's "Saved files". */
import type { VideoFileKind } from './videoView';

export interface SavedFile {
  name: string;
  kind: VideoFileKind;
  /** A blob URL, revoked when the list is cleared. */
  url: string;
}

/** Downloads `blob` as `name` (into the browser's download folder) and keeps a link to it. */
export function saveFile(blob: Blob, name: string, kind: VideoFileKind): SavedFile {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return { name, kind, url };
}

export function forgetFiles(files: SavedFile[]): void {
  files.forEach((f) => URL.revokeObjectURL(f.url));
}

/** The current frame of a playing video as a PNG; rejects before the first frame. */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return Promise.reject(new Error('no frame yet'));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(video, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no picture'))), 'image/png'));
}
