import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import { callParties, remoteRole, type RemoteRole, type Who } from '../../lib/softphone/parties';
import type { CallView } from '../../lib/types';

function Party({ who }: { who: Who }) {
  const name = who.name?.trim();
  return (
    <span class="remote-who">
      {name && name !== who.number && <span class="remote-name">{name}</span>} <span class="remote-number">{who.number}</span>
    </span>
  );
}

const ROLE_KEYS: Record<RemoteRole, MessageKey> = {
  caller: 'phoneCaller',
  dialled: 'phoneDialled',
  transferTarget: 'phoneTransferTarget',
  threeWay: 'phoneThreeWay',
};

/**
 * The element named "Remote party": who is calling, or who was dialled, with the number; during a
 * consultation the transfer target; in a three-way call every other participant.
 */
export function RemoteParty({ call }: { call: CallView | null }) {
  const t = useT();
  const id = useId();
  // Some final views name nobody (the parker's view of a picked-up parked call, a refused `*8`).
  const parties = call?.remoteNumber ? callParties(call) : null;
  return (
    <div class="remote-party" role="group" aria-labelledby={id}>
      <span id={id} class="remote-label">
        {t('phoneRemoteParty')}
      </span>
      {call && parties ? (
        <span class="remote-list">
          {parties.remote.map((who, i) => (
            <Fragment key={who.number}>
              {i > 0 && ', '}
              <Party who={who} />
            </Fragment>
          ))}{' '}
          <span class="remote-direction">{t(ROLE_KEYS[remoteRole(call, parties.shape)])}</span>
        </span>
      ) : (
        <span class="remote-who muted">–</span>
      )}
    </div>
  );
}
