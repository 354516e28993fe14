/** What the softphone says about this line's transfer in progress (`CallView.transfer`). Pure text. */
import type { MessageKey, Translate } from '../../i18n';
import type { CallTransfer, CallView } from '../types';

const KIND_KEYS: Record<CallTransfer['kind'], MessageKey> = {
  ATTENDED: 'phoneTransferKindATTENDED',
  STAR: 'phoneTransferKindSTAR',
  HASH: 'phoneTransferKindHASH',
};

/** What to do once the target answered: `*` completes on hang-up, attended lets the user choose. */
const NEXT_STEP: Partial<Record<CallTransfer['kind'], MessageKey>> = {
  ATTENDED: 'phoneTransferThenChoose',
  STAR: 'phoneTransferThenHangUp',
};

/** E.g. "* transfer: enter the number – 20", "Transfer to 203…"; null without a transfer. */
export function transferText(t: Translate, call: Pick<CallView, 'transfer' | 'remoteNumber'>): string | null {
  const transfer = call.transfer;
  if (!transfer) return null;
  const kind = t(KIND_KEYS[transfer.kind]);
  // A `#` may end the keyed digits; it is not part of the number.
  const digits = transfer.digits.replace(/#$/, '');
  if (transfer.stage === 'COLLECTING') {
    return digits ? t('phoneTransferCollectingDigits', { kind, digits }) : t('phoneTransferCollecting', { kind });
  }
  const number = digits || call.remoteNumber;
  if (transfer.stage === 'DIALING') return t('phoneTransferDialing', { kind, number });
  const next = NEXT_STEP[transfer.kind];
  const answered = t('phoneTransferTalking', { kind, number });
  return next ? `${answered} ${t(next)}` : answered;
}
