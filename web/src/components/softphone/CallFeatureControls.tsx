import { useT } from '../../i18n';
import type { Controls } from '../../lib/softphone/controls';
import type { PhoneCommands } from './usePhoneCommands';

interface Props {
  controls: Controls;
  commands: PhoneCommands;
}

/** The PBX features: "Park", "Transfer" and, around a consultation, "Conference"; the server says when each applies. */
export function CallFeatureControls({ controls: c, commands }: Props) {
  const t = useT();
  return (
    <div class="call-controls call-features">
      <button type="button" class="park" disabled={!c.park} onClick={commands.park}>
        {t('phonePark')}
      </button>
      <button type="button" class="transfer" disabled={!c.transfer} onClick={commands.transfer}>
        {t('phoneTransfer')}
      </button>
      {c.showConference && (
        <button type="button" class="conference" disabled={!c.conference} onClick={commands.conference}>
          {t('phoneConference')}
        </button>
      )}
    </div>
  );
}
