import { useId } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import { whoText } from '../../lib/softphone/parties';
import type { CallParty } from '../../lib/types';

const STATE_KEYS: Record<CallParty['state'], MessageKey> = {
  DIALING: 'phonePartyDIALING',
  RINGING: 'phonePartyRINGING',
  CONNECTED: 'phonePartyCONNECTED',
  ON_HOLD: 'phonePartyON_HOLD',
};

/** The list "Other parties": e.g. "On hold: Sato 0312345678" while this line consults a transfer target (SP-09). */
export function OtherParties({ parties }: { parties: CallParty[] }) {
  const t = useT();
  const id = useId();
  if (parties.length === 0) return null;
  return (
    <div class="other-parties">
      <span id={id} class="other-parties-label">
        {t('phoneOtherParties')}
      </span>
      <ul aria-labelledby={id}>
        {parties.map((party) => (
          <li key={`${party.number}-${party.state}`}>
            {t(STATE_KEYS[party.state])}: {whoText(party)}
          </li>
        ))}
      </ul>
    </div>
  );
}
