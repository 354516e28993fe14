import { useEffect, useState } from 'preact/hooks';
import { AdminShell } from '../components/AdminShell';
import { Loading } from '../components/Loading';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n';
import { api } from '../lib/api';
import { bookChoices, COMMON_BOOK } from '../lib/phonebook';
import { useSignedIn } from '../lib/session';
import { isStaff, type Account, type SignedIn } from '../lib/types';
import { Forbidden } from './AdminPage';
import { PhonebookEntriesSection } from './admin/PhonebookEntriesSection';
import { PhonebookFileSection } from './admin/PhonebookFileSection';

/** `/admin/phonebooks`: the common phonebook and each extension's own (WS-02); ADMIN edits, SUPERVISOR reads. */
export function AdminPhonebookPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminPhonebooks session={session} /> : <Forbidden session={session} />;
}

function AdminPhonebooks({ session }: { session: SignedIn }) {
  const t = useT();
  const isAdmin = session.account.role === 'ADMIN';
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [book, setBook] = useState(COMMON_BOOK);
  // Bumped after an import so the entries list reloads.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api.get<Account[]>('/api/admin/accounts').then(setAccounts, () => setAccounts([]));
  }, []);
  const options = bookChoices(accounts).map((c) => ({
    value: c.book,
    label: c.extension ? t('phonebookOfExtension', { ext: c.extension, name: c.name ?? '' }) : t('phonebookCommon'),
  }));
  return (
    <AdminShell session={session} title={t('phonebookTitle')}>
      <p class="muted">{t('phonebookIntro')}</p>
      <SelectField label={t('phonebookChoose')} name="book" value={book} options={options} onChange={setBook} />
      <PhonebookEntriesSection key={`${book}-${version}`} book={book} editable={isAdmin} />
      <PhonebookFileSection book={book} editable={isAdmin} onImported={() => setVersion((v) => v + 1)} />
    </AdminShell>
  );
}
