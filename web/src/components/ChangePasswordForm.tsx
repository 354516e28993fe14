import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { api } from '../lib/api';
import { useSubmit } from '../lib/useSubmit';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

const FIELDS = ['currentPassword', 'password'];

/** The signed-in user changes their own password (`POST /api/me/password`). */
export function ChangePasswordForm() {
  const t = useT();
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const { errors, busy, run } = useSubmit(FIELDS);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setChanged(false);
    const ok = await run(() => api.post('/api/me/password', { currentPassword, password }));
    if (ok) {
      setCurrentPassword('');
      setPassword('');
    }
    setChanged(ok);
  };

  return (
    <form class="stack" noValidate onSubmit={submit}>
      <FormAlert codes={errors.general} />
      <TextField
        label={t('fieldCurrentPassword')}
        name="currentPassword"
        type="password"
        value={currentPassword}
        onInput={setCurrentPassword}
        autoComplete="current-password"
        error={errors.fields.currentPassword}
      />
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
          {t('changePassword')}
        </button>
        <p role="status" class="notice-inline">
          {changed ? t('passwordChanged') : ''}
        </p>
      </div>
    </form>
  );
}
