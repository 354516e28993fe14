import { AppHeader } from '../components/AppHeader';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { roleLabel } from '../i18n/labels';
import { useSignedIn } from '../lib/session';

/** `/account`: the signed-in user's own profile and password. */
export function AccountPage() {
  const t = useT();
  const session = useSignedIn();
  if (!session) return <Loading />;
  const { account } = session;
  return (
    <>
      <AppHeader session={session} nav={<a href="/agent">{t('linkWorkspace')}</a>} />
      <main class="page page-narrow">
        <h1>{t('accountTitle')}</h1>
        <section class="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('profileHeading')}</h2>
          <dl class="profile">
            <dt>{t('fieldName')}</dt>
            <dd>{account.name}</dd>
            <dt>{t('fieldLogin')}</dt>
            <dd>{account.login}</dd>
            <dt>{t('fieldExtension')}</dt>
            <dd>{account.extension ?? t('noExtension')}</dd>
            <dt>{t('fieldRole')}</dt>
            <dd>{roleLabel(t, account.role)}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="password-heading">
          <h2 id="password-heading">{t('passwordHeading')}</h2>
          <ChangePasswordForm />
        </section>
      </main>
    </>
  );
}
