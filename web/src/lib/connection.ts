/** The tab's single WebSocket client and the hooks pages use to follow it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchSession } from './session';
import { WsClient, type ConnectionState, type WsEvents } from './ws';
import { goToSignIn } from './signInRedirect';

let client: WsClient | null = null;

export function wsUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/ws`;
}

/** A socket that keeps failing may mean the session expired: then sign in again. */
function checkStillSignedIn(): void {
  fetchSession().then(
    (session) => {
      if (!session.authenticated) goToSignIn();
    },
    () => {
      // server unreachable: keep retrying the socket
    },
  );
}

/** The shared client, started on first use. */
export function getWs(): WsClient {
  if (!client) {
    client = new WsClient({ url: wsUrl(location), onRetry: checkStillSignedIn });
  }
  client.start();
  return client;
}

export function useConnectionState(ws: WsClient): ConnectionState {
  const [state, setState] = useState(ws.connectionState);
  useEffect(() => {
    setState(ws.connectionState);
    return ws.onState(setState);
  }, [ws]);
  return state;
}

/** Subscribes to one event type for the component's lifetime; the latest `fn` is always used. */
export function useWsEvent<K extends keyof WsEvents>(ws: WsClient, type: K, fn: (payload: WsEvents[K]) => void): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => ws.on(type, (p) => ref.current(p)), [ws, type]);
}

/** Calls `fn` each time the socket comes back after a drop (to refetch what may have been missed). */
export function useOnReconnect(ws: WsClient, fn: () => void): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    let wasDown = false;
    return ws.onState((s) => {
      if (s === 'reconnecting') wasDown = true;
      if (s === 'open' && wasDown) {
        wasDown = false;
        ref.current();
      }
    });
  }, [ws]);
}
