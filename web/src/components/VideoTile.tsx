import { useEffect, useRef } from 'preact/hooks';
import type { Ref } from 'preact';

interface Props {
  label: string;
  stream: MediaStream | null;
  class?: string;
  /** The element itself, e.g. to capture a frame of it. */
  videoRef?: Ref<HTMLVideoElement>;
}

/** One playing video, muted (the sound goes elsewhere or nowhere), named for screen readers and tests. */
export function VideoTile({ label, stream, class: className, videoRef }: Props) {
  const own = useRef<HTMLVideoElement>(null);
  const ref = (videoRef as { current: HTMLVideoElement | null } | undefined) ?? own;
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) {
      video.play().catch(() => {
        // autoplay of a muted video is allowed; a refusal only delays the picture
      });
    }
  }, [stream]);
  return <video ref={ref} class={className ? `video-tile ${className}` : 'video-tile'} aria-label={label} autoplay muted playsinline />;
}
