import { useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  account: Account;
  onSaved: () => void;
  onCancel: () => void;
}

const FIELDS = ['password'];

/** An administrator sets a new password for an account. */
export function ResetPasswordDialog({ account, onSaved, onCancel }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const { errors, busy, run } = useSubmit(FIELDS);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (await run(() => api.post(`/api/admin/accounts/${account.id}/password`, { password }))) onSaved();
  };

  return (
    <Modal title={t('dialogResetPassword', { login: account.login })} onClose={onCancel}>
      <form class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField
          label={t('fieldNewPassword')}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="new-password"
          hint={t('hintPassword')}
          error={errors.fields.password}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
