import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { MAIN_NUMBER_FIELDS, memberSummary, type InboundNumber, type InboundNumbers } from '../../lib/pbx';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';
import { InboundNumberDialog } from './InboundNumberDialog';
import { RowActions } from '../../components/RowActions';

type Dialog = { kind: 'create' } | { kind: 'edit'; number: InboundNumber } | null;

const NO_FIELDS: string[] = [];
const PATH = '/api/admin/inbound-numbers';

/** The company's numbers (PL-01): the main number and each inbound number's extension; ADMIN changes them, SUPERVISOR reads. */
export function InboundNumbersSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [listing, setListing] = useState<InboundNumbers | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [mainNumber, setMainNumber] = useState('');
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const main = useSubmit(MAIN_NUMBER_FIELDS);
  const removal = useSubmit(NO_FIELDS);

  const load = () => {
    Promise.all([api.get<InboundNumbers>(PATH), api.get<Account[]>('/api/admin/accounts')]).then(
      ([l, a]) => {
        setListing(l);
        setMainNumber(l.mainNumber ?? '');
        setAccounts(a);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);

  const saveMain = async (ev: Event) => {
    ev.preventDefault();
    setSaved(false);
    const ok = await main.run(async () => {
      const s = await api.put<{ mainNumber: string | null }>(`${PATH}/main-number`, { mainNumber });
      setMainNumber(s?.mainNumber ?? '');
    });
    setSaved(ok);
  };

  const remove = async (number: InboundNumber) => {
    await removal.run(() => api.del(`${PATH}/${number.id}`));
    load();
  };

  const numbers = listing?.numbers ?? [];
  return (
    <section class="card" aria-labelledby="inbound-heading">
      <div class="section-head">
        <h2 id="inbound-heading">{t('inboundHeading')}</h2>
        {editable && (
          <button type="button" class="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('inboundAdd')}
          </button>
        )}
      </div>
      <p class="muted">{t('inboundIntro')}</p>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      {listing && (
        <form class="field-row" noValidate onSubmit={saveMain}>
          <TextField
            label={t('mainNumber')}
            name="mainNumber"
            value={mainNumber}
            onInput={(v) => {
              setMainNumber(v);
              setSaved(false);
            }}
            inputMode="numeric"
            autoComplete="off"
            readOnly={!editable}
            hint={t('hintMainNumber')}
            error={main.errors.fields.mainNumber}
          />
          {editable && (
            <div class="actions">
              <button type="submit" disabled={main.busy}>
                {t('saveMainNumber')}
              </button>
              <p role="status" class="notice-inline">
                {saved ? t('settingsSaved') : ''}
              </p>
            </div>
          )}
        </form>
      )}
      <FormAlert codes={[...main.errors.general, ...removal.errors.general]} />
      {listing && numbers.length === 0 && <p>{t('inboundEmpty')}</p>}
      {numbers.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('inboundCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colInboundNumber')}</th>
                <th scope="col">{t('colInboundExtension')}</th>
                <th scope="col">{t('colInboundLabel')}</th>
                {editable && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {numbers.map((n) => (
                <tr key={n.id}>
                  <td>{n.number}</td>
                  <td>{memberSummary([n.extension], accounts).join('')}</td>
                  <td>{n.label ?? ''}</td>
                  {editable && (
                    <RowActions
                      editLabel={t('inboundEditNamed', { number: n.number })}
                      onEdit={() => setDialog({ kind: 'edit', number: n })}
                      deleteLabel={t('inboundDeleteNamed', { number: n.number })}
                      onDelete={() => remove(n)}
                      busy={removal.busy}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && (
        <InboundNumberDialog
          number={dialog.kind === 'edit' ? dialog.number : undefined}
          accounts={accounts}
          onSaved={() => {
            setDialog(null);
            load();
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
