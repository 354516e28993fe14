import { useT } from '../../i18n';
import { roleLabel } from '../../i18n/labels';
import type { Account } from '../../lib/types';

export interface RowActions {
  edit: (a: Account) => void;
  resetPassword: (a: Account) => void;
  remove: (a: Account) => void;
}

interface Props {
  accounts: Account[];
  /** Present for ADMIN only; without it the table is read-only. */
  actions?: RowActions;
}

/** The "Accounts" table; row buttons are named "Edit LOGIN", "Reset password LOGIN", "Delete LOGIN". */
export function AccountTable({ accounts, actions }: Props) {
  const t = useT();
  return (
    <div class="table-wrap">
      <table>
        <caption class="sr-only">{t('accountsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colLogin')}</th>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colRole')}</th>
            <th scope="col">{t('colExtension')}</th>
            <th scope="col">{t('colAgent')}</th>
            {actions && <th scope="col">{t('colActions')}</th>}
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} data-account-id={a.id}>
              <td>{a.login}</td>
              <td>{a.name}</td>
              <td>{roleLabel(t, a.role)}</td>
              <td>{a.extension ?? ''}</td>
              <td>{a.agent ? t('yes') : t('no')}</td>
              {actions && (
                <td class="row-actions">
                  <RowButton label={t('edit')} login={a.login} onClick={() => actions.edit(a)} />
                  <RowButton label={t('resetPassword')} login={a.login} onClick={() => actions.resetPassword(a)} />
                  <RowButton label={t('delete')} login={a.login} onClick={() => actions.remove(a)} danger />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Shows the verb; the login is in the name for screen readers and tests ("Edit alice"). */
function RowButton({ label, login, onClick, danger }: { label: string; login: string; onClick: () => void; danger?: boolean }) {
  return (
    <button type="button" class={danger ? 'small danger' : 'small'} onClick={onClick}>
      {label}
      <span class="sr-only"> {login}</span>
    </button>
  );
}
