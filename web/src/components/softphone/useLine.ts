/** The softphone's line for the component's lifetime: follows the socket and `phone.leg` (SP-16). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browserMediaDeps } from '../../lib/audioCheck';
import { useConnectionState, useWsEvent } from '../../lib/connection';
import { INITIAL_LINE, PhoneLineKeeper, type LineEvent, type LineSnapshot } from '../../lib/softphone/lineKeeper';
import type { WsClient } from '../../lib/ws';

export interface Line extends LineSnapshot {
  /** Ready to make and take calls. */
  ready: boolean;
  reload(): void;
  setMicEnabled(enabled: boolean): void;
  sendDtmf(tones: string): boolean;
}

/** `onLine` hears when the line drops and whether it came back with its call (the latest function is used). */
export function useLine(ws: WsClient, onLine?: (event: LineEvent) => void, connectExtra?: () => { number?: string }): Line {
  const [snapshot, setSnapshot] = useState<LineSnapshot>(INITIAL_LINE);
  const listener = useRef(onLine);
  listener.current = onLine;
  const [keeper] = useState(() => new PhoneLineKeeper(ws, browserMediaDeps(), setSnapshot, { onLine: (e) => listener.current?.(e), connectExtra }));
  const connection = useConnectionState(ws);

  useEffect(() => {
    if (connection === 'open') keeper.socketOpened();
    else keeper.socketClosed();
  }, [connection]);

  useWsEvent(ws, 'phone.leg', (p) => keeper.legEvent(p.state));

  useEffect(() => () => keeper.stop(), []);

  return {
    ...snapshot,
    ready: snapshot.state === 'connected',
    reload: () => keeper.reload(),
    setMicEnabled: (enabled) => keeper.setMicEnabled(enabled),
    sendDtmf: (tones) => keeper.sendDtmf(tones),
  };
}
