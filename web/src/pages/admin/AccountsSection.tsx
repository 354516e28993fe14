import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import type { Account } from '../../lib/types';
import { AccountFormDialog } from './AccountFormDialog';
import { AccountTable } from './AccountTable';
import { DeleteAccountDialog } from './DeleteAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; account: Account }
  | { kind: 'password'; account: Account }
  | { kind: 'delete'; account: Account }
  | null;

/** The tenant's accounts; ADMIN may create, edit, reset passwords and delete, SUPERVISOR only reads. */
export function AccountsSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = () => {
    api.get<Account[]>('/api/admin/accounts').then(
      (list) => {
        setAccounts(list);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, []);

  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    load();
  };

  return (
    <section class="card" aria-labelledby="accounts-heading">
      <div class="section-head">
        <h2 id="accounts-heading">{t('accountsHeading')}</h2>
        {editable && (
          <button type="button" class="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('newAccount')}
          </button>
        )}
      </div>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      {accounts && (
        <AccountTable
          accounts={accounts}
          actions={
            editable
              ? {
                  edit: (account) => setDialog({ kind: 'edit', account }),
                  resetPassword: (account) => setDialog({ kind: 'password', account }),
                  remove: (account) => setDialog({ kind: 'delete', account }),
                }
              : undefined
          }
        />
      )}
      {dialog?.kind === 'create' && <AccountFormDialog onSaved={done} onCancel={close} />}
      {dialog?.kind === 'edit' && <AccountFormDialog account={dialog.account} onSaved={done} onCancel={close} />}
      {dialog?.kind === 'password' && <ResetPasswordDialog account={dialog.account} onSaved={done} onCancel={close} />}
      {dialog?.kind === 'delete' && <DeleteAccountDialog account={dialog.account} onDeleted={done} onCancel={close} />}
    </section>
  );
}
