/** Browser notifications for incoming calls (SP-05): permission only when the user asks for it. */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { isRingingIn } from '../../lib/softphone/callStatus';
import { incomingCallText } from '../../lib/softphone/incoming';
import type { CallView } from '../../lib/types';

export type NotificationPermissionState = NotificationPermission | 'unsupported';

function permission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** The permission and a way to ask for it (from a click: browsers ignore requests made on page load). */
export function useNotificationPermission(): [NotificationPermissionState, () => void] {
  const [state, setState] = useState(permission);
  const ask = () => {
    if (typeof Notification === 'undefined') return;
    Notification.requestPermission().then(setState, () => setState(permission()));
  };
  return [state, ask];
}

/** While an incoming call rings, a notification "Incoming call from NAME (NUMBER)" (if allowed). */
export function useIncomingNotification(call: CallView | null): void {
  const t = useT();
  const ringing = isRingingIn(call);
  const callId = call?.callId;
  useEffect(() => {
    if (!ringing || !call || permission() !== 'granted') return;
    let notification: Notification;
    try {
      notification = new Notification(incomingCallText(t, call), { tag: `tsunagu-call-${call.callId}`, requireInteraction: true });
    } catch {
      return; // some browsers only allow notifications from a service worker
    }
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
    return () => notification.close();
  }, [ringing, callId]);
}
