/** Polls the SMS sent to the dev phone's number while the page is open. */
import { useEffect, useState } from 'preact/hooks';
import { fetchMessages, type DevPhoneMessage } from '../../lib/devphone/messages';

export const POLL_MS = 3000;

export function useMessages(number: string | null): DevPhoneMessage[] {
  const [messages, setMessages] = useState<DevPhoneMessage[]>([]);
  useEffect(() => {
    setMessages([]);
    if (!number) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      fetchMessages(number).then(
        (found) => {
          if (!stopped) setMessages(found ?? []);
        },
        () => {
          // keep the last list; the next poll tries again
        },
      ).finally(() => {
        if (!stopped) timer = setTimeout(poll, POLL_MS);
      });
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [number]);
  return messages;
}
