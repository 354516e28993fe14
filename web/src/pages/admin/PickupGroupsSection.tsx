import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { memberSummary, type PickupGroup } from '../../lib/pbx';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';
import { PickupGroupDialog } from './PickupGroupDialog';
import { RowActions } from '../../components/RowActions';

type Dialog = { kind: 'create' } | { kind: 'edit'; group: PickupGroup } | null;

const NO_FIELDS: string[] = [];

/** Pickup groups (SP-12); ADMIN adds, edits and deletes them, SUPERVISOR only reads. */
export function PickupGroupsSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [groups, setGroups] = useState<PickupGroup[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [failed, setFailed] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const removal = useSubmit(NO_FIELDS);

  const load = () => {
    Promise.all([api.get<PickupGroup[]>('/api/admin/pickup-groups'), api.get<Account[]>('/api/admin/accounts')]).then(
      ([g, a]) => {
        setGroups(g);
        setAccounts(a);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);

  const done = () => {
    setDialog(null);
    load();
  };

  const remove = async (group: PickupGroup) => {
    await removal.run(() => api.del(`/api/admin/pickup-groups/${group.id}`));
    load();
  };

  return (
    <section class="card" aria-labelledby="pickup-heading">
      <div class="section-head">
        <h2 id="pickup-heading">{t('pickupHeading')}</h2>
        {editable && (
          <button type="button" class="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('pickupAdd')}
          </button>
        )}
      </div>
      <p class="muted">{t('pickupIntro')}</p>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      <FormAlert codes={removal.errors.general} />
      {groups && groups.length === 0 && <p>{t('pickupEmpty')}</p>}
      {groups && groups.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('pickupCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colGroupName')}</th>
                <th scope="col">{t('colGroupExtensions')}</th>
                {editable && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} data-group-id={g.id}>
                  <td>{g.name}</td>
                  <td class="wrap">{memberSummary(g.extensions, accounts).join(', ')}</td>
                  {editable && (
                    <RowActions
                      editLabel={t('pickupEditNamed', { name: g.name })}
                      onEdit={() => setDialog({ kind: 'edit', group: g })}
                      deleteLabel={t('pickupDeleteNamed', { name: g.name })}
                      onDelete={() => remove(g)}
                      busy={removal.busy}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && groups && (
        <PickupGroupDialog
          group={dialog.kind === 'edit' ? dialog.group : undefined}
          groups={groups}
          accounts={accounts}
          onSaved={done}
          onFailed={load}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
