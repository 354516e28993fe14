import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { LOGIN_FIELDS, type SipLogin } from '../../lib/sip';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';
import { RowActions } from '../../components/RowActions';

const NO_FIELDS: string[] = [];

/** SIP logins of desk phones and installed softphones: username, extension, password (kept as digest hashes). */
export function SipLoginsSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [logins, setLogins] = useState<SipLogin[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [failed, setFailed] = useState(false);
  const [username, setUsername] = useState('');
  const [extension, setExtension] = useState('');
  const [password, setPassword] = useState('');
  const submit = useSubmit(LOGIN_FIELDS);
  const removal = useSubmit(NO_FIELDS);

  const load = () => {
    Promise.all([api.get<SipLogin[]>('/api/admin/sip/logins'), api.get<Account[]>('/api/admin/accounts')]).then(
      ([l, a]) => {
        setLogins(l);
        setAccounts(a);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);

  const add = async (ev: Event) => {
    ev.preventDefault();
    const ok = await submit.run(() => api.post('/api/admin/sip/logins', { username, extension, password }));
    if (ok) {
      setUsername('');
      setPassword('');
    }
    load();
  };

  const remove = async (login: SipLogin) => {
    await removal.run(() => api.del(`/api/admin/sip/logins/${login.id}`));
    load();
  };

  const extensions = accounts
    .filter((a) => a.extension)
    .map((a) => ({ value: a.extension as string, label: `${a.extension} ${a.name}` }));

  return (
    <section class="card" aria-labelledby="sip-logins-heading">
      <h2 id="sip-logins-heading">{t('sipLoginsHeading')}</h2>
      <p class="muted">{t('sipLoginsIntro')}</p>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      <FormAlert codes={removal.errors.general} />
      {logins && logins.length === 0 && <p>{t('sipNoLogins')}</p>}
      {logins && logins.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('sipLoginsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sipColUsername')}</th>
                <th scope="col">{t('colExtension')}</th>
                <th scope="col">{t('sipColState')}</th>
                {editable && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {logins.map((l) => (
                <tr key={l.id}>
                  <td>{l.username}</td>
                  <td>{l.extension}</td>
                  <td>{l.needsNewPassword ? t('sipNeedsPassword') : l.enabled ? t('sipEnabled') : t('sipDisabled')}</td>
                  {editable && (
                    <RowActions deleteLabel={t('sipDeleteLoginNamed', { name: l.username })} onDelete={() => remove(l)} busy={removal.busy} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <form aria-label={t('sipLoginForm')} class="stack" noValidate onSubmit={add}>
          <FormAlert codes={submit.errors.general} />
          <TextField label={t('sipUsername')} name="username" value={username} onInput={setUsername} autoComplete="off" error={submit.errors.fields.username} />
          <SelectField
            label={t('colExtension')}
            name="extension"
            value={extension}
            options={[{ value: '', label: '–' }, ...extensions]}
            onChange={setExtension}
            error={submit.errors.fields.extension}
          />
          <TextField
            label={t('sipPassword')}
            name="password"
            type="password"
            value={password}
            onInput={setPassword}
            autoComplete="new-password"
            error={submit.errors.fields.password}
          />
          <button type="submit" class="primary" disabled={submit.busy}>
            {t('sipAddLogin')}
          </button>
        </form>
      )}
    </section>
  );
}
