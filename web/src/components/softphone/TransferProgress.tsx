import { useT } from '../../i18n';
import { transferText } from '../../lib/softphone/transferText';
import type { CallView } from '../../lib/types';

/**
 * A live region named "Transfer progress": what this line's transfer is waiting for ("* transfer:
 * enter the number – 20", "Transfer to 203…"). It stays in the page, empty, so that the first text
 * put in it is announced.
 */
export function TransferProgress({ call }: { call: CallView | null }) {
  const t = useT();
  const text = call && call.state !== 'ENDED' ? transferText(t, call) : null;
  return (
    <p role="status" aria-label={t('phoneTransferProgress')} class="transfer-progress">
      {text}
    </p>
  );
}
