import { useState } from 'preact/hooks';
import { CheckboxField } from '../../components/CheckboxField';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { roleLabel } from '../../i18n/labels';
import { api } from '../../lib/api';
import { ROLES, type Account, type Role } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  /** The account to edit; absent to create one. */
  account?: Account;
  onSaved: () => void;
  onCancel: () => void;
}

const CREATE_FIELDS = ['login', 'name', 'extension', 'password', 'role', 'agent'];
const EDIT_FIELDS = ['name', 'extension', 'role', 'agent'];

/** Create or edit an account; the server's validation errors show next to each field. */
export function AccountFormDialog({ account, onSaved, onCancel }: Props) {
  const t = useT();
  const creating = account === undefined;
  const [login, setLogin] = useState(account?.login ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [extension, setExtension] = useState(account?.extension ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(account?.role ?? 'USER');
  const [agent, setAgent] = useState(account?.agent ?? true);
  const { errors, busy, run } = useSubmit(creating ? CREATE_FIELDS : EDIT_FIELDS);
  const e = errors.fields;

  const save = async (ev: Event) => {
    ev.preventDefault();
    const ext = extension.trim() === '' ? null : extension.trim();
    const ok = await run(() =>
      creating
        ? api.post('/api/admin/accounts', { login: login.trim(), name, role, extension: ext, agent, password })
        : api.put(`/api/admin/accounts/${account.id}`, { name, role, extension: ext, agent }),
    );
    if (ok) onSaved();
  };

  return (
    <Modal title={creating ? t('dialogNewAccount') : t('dialogEditAccount')} onClose={onCancel}>
      <form aria-label={t('accountForm')} class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField
          label={t('fieldLogin')}
          name="login"
          value={login}
          onInput={setLogin}
          readOnly={!creating}
          autoComplete="off"
          hint={creating ? t('hintLogin') : undefined}
          error={e.login}
        />
        <TextField label={t('fieldName')} name="name" value={name} onInput={setName} autoComplete="off" error={e.name} />
        <TextField
          label={t('fieldExtension')}
          name="extension"
          value={extension}
          onInput={setExtension}
          inputMode="numeric"
          autoComplete="off"
          hint={t('hintExtension')}
          error={e.extension}
        />
        {creating && (
          <TextField
            label={t('fieldPassword')}
            name="password"
            type="password"
            value={password}
            onInput={setPassword}
            autoComplete="new-password"
            hint={t('hintPassword')}
            error={e.password}
          />
        )}
        <SelectField
          label={t('fieldRole')}
          name="role"
          value={role}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          onChange={setRole}
          error={e.role}
        />
        <CheckboxField label={t('fieldAgent')} name="agent" checked={agent} onChange={setAgent} error={e.agent} />
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
