import { useEffect, useRef } from 'preact/hooks';

/** One playing video (muted: the check is about pictures), named for screen readers and tests. */
export function VideoTile({ label, stream }: { label: string; stream: MediaStream | null }) {
  const ref = useRef<HTMLVideoElement>(null);
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
  return <video ref={ref} class="video-tile" aria-label={label} autoplay muted playsinline />;
}
