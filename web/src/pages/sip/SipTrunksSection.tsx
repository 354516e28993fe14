import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { EMPTY_TRUNK, TRUNK_FIELDS, trunkBody, type SipTrunk, type TrunkForm, type TrunkMode } from '../../lib/sip';
import { useSubmit } from '../../lib/useSubmit';
import { RowActions } from '../../components/RowActions';

const NO_FIELDS: string[] = [];

/** Carrier trunks: registration-based or IP-authenticated; outgoing calls use the first enabled one. */
export function SipTrunksSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [trunks, setTrunks] = useState<SipTrunk[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [form, setForm] = useState<TrunkForm>(EMPTY_TRUNK);
  const submit = useSubmit(TRUNK_FIELDS);
  const removal = useSubmit(NO_FIELDS);
  const set = (field: keyof TrunkForm) => (value: string) => setForm({ ...form, [field]: value });

  const load = () => {
    api.get<SipTrunk[]>('/api/admin/sip/trunks').then(
      (list) => {
        setTrunks(list);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);

  const add = async (ev: Event) => {
    ev.preventDefault();
    if (await submit.run(() => api.post('/api/admin/sip/trunks', trunkBody(form)))) setForm(EMPTY_TRUNK);
    load();
  };

  const remove = async (trunk: SipTrunk) => {
    await removal.run(() => api.del(`/api/admin/sip/trunks/${trunk.id}`));
    load();
  };

  const state = (tr: SipTrunk) =>
    !tr.enabled ? t('sipDisabled') : tr.mode === 'IP' ? t('sipEnabled') : tr.registered ? t('sipRegistered') : tr.lastError ?? t('sipNotRegistered');

  return (
    <section class="card" aria-labelledby="sip-trunks-heading">
      <h2 id="sip-trunks-heading">{t('sipTrunksHeading')}</h2>
      <p class="muted">{t('sipTrunksIntro')}</p>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      <FormAlert codes={removal.errors.general} />
      {trunks && trunks.length === 0 && <p>{t('sipNoTrunks')}</p>}
      {trunks && trunks.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('sipTrunksHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sipTrunkName')}</th>
                <th scope="col">{t('sipTrunkHost')}</th>
                <th scope="col">{t('sipTrunkMode')}</th>
                <th scope="col">{t('sipCallerId')}</th>
                <th scope="col">{t('sipColState')}</th>
                {editable && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {trunks.map((tr) => (
                <tr key={tr.id}>
                  <td>{tr.name}</td>
                  <td>{`${tr.host}:${tr.port} (${tr.transport})`}</td>
                  <td>{tr.mode === 'IP' ? t('sipModeIp') : t('sipModeRegistration')}</td>
                  <td>{tr.callerId ?? t('sipCallerIdPbx')}</td>
                  <td>{state(tr)}</td>
                  {editable && (
                    <RowActions deleteLabel={t('sipDeleteTrunkNamed', { name: tr.name })} onDelete={() => remove(tr)} busy={removal.busy} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <form aria-label={t('sipTrunkForm')} class="stack" noValidate onSubmit={add}>
          <FormAlert codes={submit.errors.general} />
          <TextField label={t('sipTrunkName')} name="name" value={form.name} onInput={set('name')} autoComplete="off" error={submit.errors.fields.name} />
          <TextField label={t('sipTrunkHost')} name="host" value={form.host} onInput={set('host')} autoComplete="off" error={submit.errors.fields.host} />
          <TextField label={t('sipTrunkPort')} name="port" value={form.port} onInput={set('port')} inputMode="numeric" error={submit.errors.fields.port} />
          <SelectField
            label={t('sipTrunkTransport')}
            name="transport"
            value={form.transport}
            options={[
              { value: 'udp', label: 'UDP' },
              { value: 'tcp', label: 'TCP' },
            ]}
            onChange={(v) => setForm({ ...form, transport: v })}
            error={submit.errors.fields.transport}
          />
          <SelectField<TrunkMode>
            label={t('sipTrunkMode')}
            name="mode"
            value={form.mode}
            options={[
              { value: 'IP', label: t('sipModeIp') },
              { value: 'REGISTRATION', label: t('sipModeRegistration') },
            ]}
            onChange={(v) => setForm({ ...form, mode: v })}
            error={submit.errors.fields.mode}
          />
          {form.mode === 'REGISTRATION' ? (
            <>
              <TextField label={t('sipUsername')} name="username" value={form.username} onInput={set('username')} autoComplete="off" error={submit.errors.fields.username} />
              <TextField
                label={t('sipPassword')}
                name="password"
                type="password"
                value={form.password}
                onInput={set('password')}
                autoComplete="new-password"
                error={submit.errors.fields.password}
              />
            </>
          ) : (
            <TextField
              label={t('sipAllowedAddresses')}
              name="allowedAddresses"
              value={form.allowedAddresses}
              onInput={set('allowedAddresses')}
              hint={t('sipAllowedAddressesHint')}
              autoComplete="off"
              error={submit.errors.fields.allowedAddresses}
            />
          )}
          <TextField
            label={t('sipCallerId')}
            name="callerId"
            value={form.callerId}
            onInput={set('callerId')}
            hint={t('sipCallerIdHint')}
            inputMode="numeric"
            error={submit.errors.fields.callerId}
          />
          <button type="submit" class="primary" disabled={submit.busy}>
            {t('sipAddTrunk')}
          </button>
        </form>
      )}
    </section>
  );
}
