import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { isActive } from '../../lib/softphone/callStatus';
import { controlsFor } from '../../lib/softphone/controls';
import { isNewCall, justConnected } from '../../lib/softphone/currentCall';
import { appendKey } from '../../lib/softphone/number';
import { callParties } from '../../lib/softphone/parties';
import type { CallView } from '../../lib/types';
import type { WsClient } from '../../lib/ws';
import { Tabs } from '../Tabs';
import { CallControls } from './CallControls';
import { CallFeatureControls } from './CallFeatureControls';
import { CallStatus } from './CallStatus';
import { CallTimers } from './CallTimers';
import { Keypad } from './Keypad';
import { LineStatus } from './LineStatus';
import { NotificationButton } from './NotificationButton';
import { useIncomingNotification } from './notifications';
import { NumberField } from './NumberField';
import { OtherParties } from './OtherParties';
import { ParkNumber } from './ParkNumber';
import { PhoneNotices } from './PhoneNotices';
import { RemoteAudio } from './RemoteAudio';
import { RemoteParty } from './RemoteParty';
import { SoftphoneHistory } from './SoftphoneHistory';
import { TransferHint } from './TransferHint';
import { TransferProgress } from './TransferProgress';
import { useCall } from './useCall';
import { useClickToCall } from './useClickToCall';
import { useLine } from './useLine';
import { usePhoneCommands } from './usePhoneCommands';
import { useUnloadWarning } from './useUnloadWarning';

type View = 'phone' | 'history' | 'video';

interface Props {
  ws: WsClient;
  /** A number to dial as soon as the phone is connected (`?dial=`, SP-04). */
  dial?: string | null;
  /** Told of every change of the current call, e.g. for the workspace's customer information. */
  onCall?: (call: CallView | null) => void;
  /** The Video tab's content (the workspace's video escalation); without it there is no Video tab. */
  videoTab?: () => ComponentChildren;
}

/** The browser softphone (ui-contract.md "Softphone"): one media leg kept open, calls driven on the server. */
export function Softphone({ ws, dial = null, onCall, videoTab }: Props) {
  const t = useT();
  const headingId = useId();
  const duringCallId = useId();
  const videoHintId = useId();
  const numberRef = useRef<HTMLInputElement>(null);
  const [number, setNumber] = useState(dial ?? '');
  const [view, setView] = useState<View>('phone');

  const onCallChange = (previous: CallView | null, next: CallView | null) => {
    // Digits typed during the call are tones, so the box starts empty for them.
    if (justConnected(previous, next)) setNumber('');
    if (isNewCall(previous, next)) commands.clearError();
    onCall?.(next);
  };
  const { call, endNotice, historyVersion, keptWhileAway, lineEvent } = useCall(ws, onCallChange);
  const line = useLine(ws, lineEvent);
  const commands = usePhoneCommands(ws, call);
  const controls = controlsFor({ call, lineReady: line.ready, number, pending: commands.pending });

  const dialNumber = (n: string) => commands.dial(n);
  // `?dial=` never turns into a consultation: it waits for a free line.
  useClickToCall({ dial, number, canCall: controls.call && !controls.active, call: dialNumber });
  useUnloadWarning(controls.active);
  useIncomingNotification(call);

  const parties = isActive(call) ? callParties(call) : null;
  // `*` and `#` transfers start from a plain connected call.
  const transferByKeys = call?.state === 'CONNECTED' && parties?.shape === 'twoParty';

  const muted = isActive(call) && call.muted;
  useEffect(() => line.setMicEnabled(!muted), [muted]);

  const pressKey = (key: string) => {
    if (!controls.numberEntry) return;
    setNumber((n) => appendKey(n, key));
    if (controls.dtmf) line.sendDtmf(key);
  };
  const typedKey = (key: string) => {
    if (controls.dtmf) line.sendDtmf(key);
  };
  const pick = (picked: string) => {
    setNumber(picked);
    setView('phone');
    numberRef.current?.focus();
  };
  const reload = () => {
    commands.clearError();
    line.reload();
  };

  // Video escalation needs a phone call to escalate (VE-01).
  const videoEnabled = videoTab !== undefined && isActive(call);
  const shownView: View = view === 'history' && !controls.history ? 'phone' : view === 'video' && !videoEnabled ? 'phone' : view;
  return (
    <section class="card softphone" aria-labelledby={headingId}>
      <div class="softphone-head">
        <h2 id={headingId}>{t('softphoneHeading')}</h2>
        <LineStatus state={line.state} />
        {line.extension && <span class="muted line-extension">{t('extensionShort', { ext: line.extension })}</span>}
        <div class="softphone-tools">
          <NotificationButton />
          <button type="button" class="small" disabled={!controls.reload} onClick={reload}>
            {t('phoneReload')}
          </button>
        </div>
      </div>
      {line.state === 'connecting' && <p class="hint">{t('phoneMicHint')}</p>}
      <CallStatus call={call} />
      <ParkNumber call={call} />
      {keptWhileAway && <p class="hint call-kept">{t('phoneCallKept')}</p>}
      <RemoteParty call={call} />
      <OtherParties parties={parties?.others ?? []} />
      <CallTimers call={call} />
      <TransferProgress call={call} />
      <PhoneNotices failure={line.failure} error={commands.error} endNotice={endNotice} />
      {controls.consult && <p class="hint">{t('phoneConsultHint')}</p>}
      <NumberField
        value={number}
        onInput={setNumber}
        onEnter={() => controls.call && dialNumber(number)}
        onKey={typedKey}
        disabled={!controls.numberEntry}
        inputRef={numberRef}
      />
      <CallControls controls={controls} commands={commands} onCall={() => dialNumber(number)} />
      <CallFeatureControls controls={controls} commands={commands} />
      <Tabs
        label={t('phoneViews')}
        items={[
          { key: 'phone', label: t('phoneTabPhone') },
          { key: 'history', label: t('phoneTabHistory'), disabled: !controls.history, describedBy: controls.history ? undefined : duringCallId },
          ...(videoTab
            ? [{ key: 'video' as const, label: t('phoneTabVideo'), disabled: !videoEnabled, describedBy: videoEnabled ? undefined : videoHintId }]
            : []),
        ]}
        selected={shownView}
        onSelect={setView}
        class="softphone-views"
      >
        {shownView === 'phone' ? (
          <>
            <Keypad onKey={pressKey} disabled={!controls.numberEntry} />
            {transferByKeys && <TransferHint />}
          </>
        ) : shownView === 'video' && videoTab ? (
          videoTab()
        ) : (
          <SoftphoneHistory version={historyVersion} onPick={pick} />
        )}
      </Tabs>
      {!controls.history && (
        <p id={duringCallId} class="hint">
          {t('historyDuringCall')}
        </p>
      )}
      {videoTab && !videoEnabled && (
        <p id={videoHintId} class="hint">
          {t('veDuringCallOnly')}
        </p>
      )}
      <RemoteAudio stream={line.remote} />
    </section>
  );
}
