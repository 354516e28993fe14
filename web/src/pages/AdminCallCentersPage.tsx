import { useEffect, useState } from 'preact/hooks';
import { AdminShell } from '../components/AdminShell';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { api } from '../lib/api';
import type { CallCenter } from '../lib/callCenters';
import { useSignedIn } from '../lib/session';
import { type Account, isStaff, type SignedIn } from '../lib/types';
import { Forbidden } from './AdminPage';
import { CallCenterDialog } from './admin/CallCenterDialog';

/** `/admin/call-centers`: the call centers (CC-01/CC-02/CC-03); ADMIN changes them, SUPERVISOR reads. */
export function AdminCallCentersPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminCallCenters session={session} /> : <Forbidden session={session} />;
}

function AdminCallCenters({ session }: { session: SignedIn }) {
  const t = useT();
  const editable = session.account.role === 'ADMIN';
  const [list, setList] = useState<CallCenter[] | null>(null);
  const [agents, setAgents] = useState<Account[]>([]);
  const [editing, setEditing] = useState<CallCenter | 'new' | null>(null);
  const [failed, setFailed] = useState(false);

  const load = () => {
    Promise.all([api.get<CallCenter[]>('/api/admin/call-centers'), api.get<Account[]>('/api/admin/accounts')]).then(
      ([centers, accounts]) => {
        setList(centers);
        setAgents(accounts.filter((a) => a.agent && a.extension));
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);
  const nameOf = (id: number) => agents.find((a) => a.id === id)?.name ?? String(id);
  const remove = (cc: CallCenter) => api.del(`/api/admin/call-centers/${cc.id}`).then(load, () => setFailed(true));

  return (
    <AdminShell session={session} title={t('callCentersTitle')}>
      <section class="card">
        {failed && <p role="alert" class="form-alert">{t('errorGeneric')}</p>}
        {!list && !failed && <Loading />}
        {list && list.length === 0 && <p>{t('callCentersEmpty')}</p>}
        {list && list.length > 0 && (
          <div class="table-wrap">
            <table>
              <caption class="sr-only">{t('callCentersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ccColName')}</th>
                  <th scope="col">{t('ccColNumbers')}</th>
                  <th scope="col">{t('ccColMembers')}</th>
                  <th scope="col">{t('ccColStrategy')}</th>
                  <th scope="col">{t('ccColLabel')}</th>
                  {editable && <th scope="col"><span class="sr-only">{t('ccColName')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {list.map((cc) => (
                  <tr key={cc.id} data-call-center-id={cc.id}>
                    <td>{cc.name}</td>
                    <td>{cc.numbers.join(', ')}</td>
                    <td>{cc.members.map((m) => `${nameOf(m.accountId)} (${m.skill})`).join(', ')}</td>
                    <td>{t(`ccStrategy${cc.strategy}`)}</td>
                    <td>{cc.businessLabel ?? ''}</td>
                    {editable && (
                      <td class="actions">
                        <button type="button" class="small" aria-label={t('callCenterEdit', { name: cc.name })}
                          onClick={() => setEditing(cc)}>{t('edit')}</button>
                        <button type="button" class="small" aria-label={t('callCenterDelete', { name: cc.name })}
                          onClick={() => remove(cc)}>{t('delete')}</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {editable && (
          <button type="button" onClick={() => setEditing('new')}>{t('callCenterAdd')}</button>
        )}
      </section>
      {editing !== null && list && (
        <CallCenterDialog callCenter={editing === 'new' ? undefined : editing} all={list} agents={agents}
          onSaved={() => { setEditing(null); load(); }} onCancel={() => setEditing(null)} />
      )}
    </AdminShell>
  );
}
