/** Captures and recordings of the customer's video (VE-04, VE-09): saved on this computer, listed, told to the call's timeline. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/en';
import { videoFileName } from '../../lib/video/fileName';
import { canRecord, VideoRecording } from '../../lib/video/recording';
import { captureFrame, forgetFiles, saveFile, type SavedFile } from '../../lib/video/savedFile';
import type { VideoFileKind, VideoView } from '../../lib/video/videoView';
import type { WsClient } from '../../lib/ws';

export interface VideoFiles {
  files: SavedFile[];
  recording: boolean;
  error: MessageKey | null;
  capture(video: HTMLVideoElement | null, room: VideoView): void;
  startRecording(track: MediaStreamTrack | null, room: VideoView): void;
  /** Stops a recording, if any, and saves what was recorded. */
  stopRecording(): void;
  clear(): void;
}

export function useVideoFiles(ws: WsClient, login: string): VideoFiles {
  const [files, setFiles] = useState<SavedFile[]>([]);
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const recordingRef = useRef<{ recording: VideoRecording; room: VideoView } | null>(null);
  const filesRef = useRef(files);
  filesRef.current = files;

  const keep = (blob: Blob, at: Date, room: VideoView, kind: VideoFileKind) => {
    const name = videoFileName(at, login, room.callId, kind);
    const file = saveFile(blob, name, kind);
    setFiles((list) => [...list, file]);
    ws.request('video.file', { videoId: room.videoId, kind, name }).catch(() => {
      // the file is saved all the same; only the call's timeline misses the entry
    });
  };

  const capture = (video: HTMLVideoElement | null, room: VideoView) => {
    setError(null);
    const at = new Date();
    if (!video) {
      setError('veErrCapture');
      return;
    }
    captureFrame(video).then(
      (blob) => keep(blob, at, room, 'capture'),
      () => setError('veErrCapture'),
    );
  };

  const startRecording = (track: MediaStreamTrack | null, room: VideoView) => {
    if (recordingRef.current) return;
    setError(null);
    if (!track || !canRecord()) {
      setError(track ? 'veErrRecord' : 'veErrCapture');
      return;
    }
    try {
      recordingRef.current = { recording: new VideoRecording(track), room };
      setRecording(true);
    } catch {
      setError('veErrRecord');
    }
  };

  const stopRecording = () => {
    const current = recordingRef.current;
    if (!current) return;
    recordingRef.current = null;
    setRecording(false);
    // The name says when the recording ended.
    const at = new Date();
    current.recording.stop().then(
      (blob) => keep(blob, at, current.room, 'recording'),
      () => setError('veErrRecord'),
    );
  };

  const clear = () => {
    forgetFiles(filesRef.current);
    setFiles([]);
    setError(null);
  };

  useEffect(
    () => () => {
      recordingRef.current?.recording.stop().catch(() => {});
      forgetFiles(filesRef.current);
    },
    [],
  );

  return { files, recording, error, capture, startRecording, stopRecording, clear };
}
