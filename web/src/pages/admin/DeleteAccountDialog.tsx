import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  account: Account;
  onDeleted: () => void;
  onCancel: () => void;
}

const NO_FIELDS: string[] = [];

/** Asks before deleting; refusals (self, last admin) show as an alert. */
export function DeleteAccountDialog({ account, onDeleted, onCancel }: Props) {
  const t = useT();
  const { errors, busy, run } = useSubmit(NO_FIELDS);

  const confirm = async () => {
    if (await run(() => api.del(`/api/admin/accounts/${account.id}`))) onDeleted();
  };

  return (
    <Modal title={t('dialogDelete')} onClose={onCancel}>
      <div class="stack">
        <p>{t('deleteConfirm', { login: account.login })}</p>
        <FormAlert codes={errors.general} />
        <div class="actions">
          <button type="button" class="danger" disabled={busy} onClick={confirm}>
            {t('delete')}
          </button>
          <button type="button" autofocus onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
