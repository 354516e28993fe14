import { useT } from '../../i18n';

/**
 * The `#` and `*` transfers start from the keypad during a call (SP-10, SP-11). A `#` transfer drops
 * the caller when the target is busy or does not answer, so this stays in view while talking.
 */
export function TransferHint() {
  const t = useT();
  return (
    <div class="transfer-hint">
      <p class="hint">{t('phoneTransferHashHint')}</p>
      <p class="hint">{t('phoneTransferStarHint')}</p>
    </div>
  );
}
