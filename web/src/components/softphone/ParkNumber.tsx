import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import type { CallView } from '../../lib/types';

/**
 * The element named "Park number" (SP-08): where this line parked its call, to tell whoever should
 * pick it up. A status, so that it is announced as soon as it appears.
 */
export function ParkNumber({ call }: { call: CallView | null }) {
  const t = useT();
  const id = useId();
  const parkNumber = call?.state === 'PARKED' ? call.parkNumber : null;
  if (parkNumber === null || parkNumber === undefined) return null;
  return (
    <div class="park">
      <p class="park-line">
        <span id={id} class="park-label">
          {t('phoneParkNumber')}
        </span>{' '}
        <span role="status" aria-labelledby={id} class="park-number">
          {parkNumber}
        </span>
      </p>
      <p class="hint">{t('phoneParkHint')}</p>
    </div>
  );
}
