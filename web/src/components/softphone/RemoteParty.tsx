import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import type { CallView } from '../../lib/types';

/** The element named "Remote party": who is calling, or who was dialled, with the number. */
export function RemoteParty({ call }: { call: CallView | null }) {
  const t = useT();
  const id = useId();
  const name = call?.remoteName?.trim();
  return (
    <div class="remote-party" role="group" aria-labelledby={id}>
      <span id={id} class="remote-label">
        {t('phoneRemoteParty')}
      </span>
      {call ? (
        <span class="remote-who">
          {name && name !== call.remoteNumber && <span class="remote-name">{name}</span>}{' '}
          <span class="remote-number">{call.remoteNumber}</span>{' '}
          <span class="remote-direction">{t(call.direction === 'INCOMING' ? 'phoneCaller' : 'phoneDialled')}</span>
        </span>
      ) : (
        <span class="remote-who muted">–</span>
      )}
    </div>
  );
}
