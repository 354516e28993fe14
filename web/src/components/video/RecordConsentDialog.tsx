import { useT } from '../../i18n';
import { Modal } from '../Modal';

interface Props {
  onStart: () => void;
  onCancel: () => void;
}

/** VE-09: before recording, the communicator confirms the customer agreed and is told where the file goes. */
export function RecordConsentDialog({ onStart, onCancel }: Props) {
  const t = useT();
  return (
    <Modal title={t('veConsentTitle')} onClose={onCancel}>
      <div class="stack">
        <p>{t('veConsentAsk')}</p>
        <p>{t('veConsentPrivacy')}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={onStart}>
            {t('veConsentStart')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
