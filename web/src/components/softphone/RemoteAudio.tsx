import { useEffect, useRef } from 'preact/hooks';

/** The hidden player for the line: ringback, busy tone, music and the other party all arrive here. */
export function RemoteAudio({ stream }: { stream: MediaStream | null }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    audio.srcObject = stream;
    if (!stream) return;
    let retry: (() => void) | null = null;
    audio.play().catch(() => {
      // Autoplay refused until the user interacts with the page: play on the first click or key.
      retry = () => {
        audio.play().catch(() => {});
        removeRetry();
      };
      document.addEventListener('pointerdown', retry, true);
      document.addEventListener('keydown', retry, true);
    });
    const removeRetry = () => {
      if (!retry) return;
      document.removeEventListener('pointerdown', retry, true);
      document.removeEventListener('keydown', retry, true);
      retry = null;
    };
    return removeRetry;
  }, [stream]);
  return <audio ref={ref} autoplay hidden />;
}
