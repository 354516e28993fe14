import { useT } from '../../i18n';
import type { Controls } from '../../lib/softphone/controls';
import type { PhoneCommands } from './usePhoneCommands';

interface Props {
  controls: Controls;
  commands: PhoneCommands;
  onCall: () => void;
}

/**
 * Call, Answer (pulsing while it rings), Hang up, Hold/Resume, Mute/Unmute; each enabled when the
 * server allows it. Call also works while this line holds its call: it dials a transfer target.
 */
export function CallControls({ controls: c, commands, onCall }: Props) {
  const t = useT();
  return (
    <div class="call-controls">
      <button type="button" class="primary call" disabled={!c.call} onClick={onCall}>
        {t('phoneCall')}
      </button>
      <button type="button" class={`primary answer${c.ringing ? ' ringing' : ''}`} disabled={!c.answer} onClick={commands.answer}>
        {t('phoneAnswer')}
      </button>
      <button type="button" class="primary danger hang-up" disabled={!c.hangUp} onClick={commands.hangUp}>
        {t('phoneHangUp')}
      </button>
      {c.showResume ? (
        <button type="button" class="hold" disabled={!c.resume} onClick={commands.resume}>
          {t('phoneResume')}
        </button>
      ) : (
        <button type="button" class="hold" disabled={!c.hold} onClick={commands.hold}>
          {t('phoneHold')}
        </button>
      )}
      {c.showUnmute ? (
        <button type="button" class="mute" disabled={!c.mute} onClick={() => commands.setMuted(false)}>
          {t('phoneUnmute')}
        </button>
      ) : (
        <button type="button" class="mute" disabled={!c.mute} onClick={() => commands.setMuted(true)}>
          {t('phoneMute')}
        </button>
      )}
    </div>
  );
}
