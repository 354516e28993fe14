import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import { callParties, type CallParties, type Who } from '../../lib/softphone/parties';
import type { CallView } from '../../lib/types';

function Party({ who }: { who: Who }) {
  const name = who.name?.trim();
  return (
    <span class="remote-who">
      {name && name !== who.number && <span class="remote-name">{name}</span>} <span class="remote-number">{who.number}</span>
    </span>
  );
}

/** Says what the remote party is to this line: caller or callee, a transfer target, or a three-way call. */
function roleKey(call: CallView, shape: CallParties['shape']): MessageKey {
  if (shape === 'conference') return 'phoneThreeWay';
  if (shape === 'consultation') return 'phoneTransferTarget';
  return call.direction === 'INCOMING' ? 'phoneCaller' : 'phoneDialled';
}

/**
 * The element named "Remote party": who is calling, or who was dialled, with the number; during a
 * consultation the transfer target; in a three-way call every other participant.
 */
export function RemoteParty({ call }: { call: CallView | null }) {
  const t = useT();
  const id = useId();
  const parties = call ? callParties(call) : null;
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
          <span class="remote-direction">{t(roleKey(call, parties.shape))}</span>
        </span>
      ) : (
        <span class="remote-who muted">–</span>
      )}
    </div>
  );
}
