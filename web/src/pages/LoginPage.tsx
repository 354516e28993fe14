import { useEffect, useState } from 'preact/hooks';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { TextField } from '../components/TextField';
import { useT } from '../i18n';
import { useSession } from '../lib/session';

/** `/login`: a plain form POST to the server; the result comes back as `?error=` or `?logout`. */
export function LoginPage() {
  const t = useT();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const params = new URLSearchParams(location.search);
  const error = params.get('error');

  useEffect(() => {
    if (session?.authenticated) location.replace(session.landing);
  }, [session]);

  return (
    <main class="page page-narrow login">
      <div class="top-right">
        <LanguageSwitcher />
      </div>
      <h1 class="product">{t('productName')}</h1>
      {error === 'credentials' && (
        <p role="alert" class="form-alert">
          {t('loginErrorCredentials')}
        </p>
      )}
      {error === 'throttled' && (
        <p role="alert" class="form-alert">
          {t('loginErrorThrottled')}
        </p>
      )}
      {error === 'expired' && (
        <p role="alert" class="form-alert">
          {t('loginErrorExpired')}
        </p>
      )}
      {error === null && params.has('logout') && (
        <p role="status" class="notice">
          {t('loginSignedOut')}
        </p>
      )}
      <form method="post" action="/login" class="card stack">
        {session && <input type="hidden" name={session.csrf.parameterName} value={session.csrf.token} />}
        <TextField label={t('loginUsername')} name="username" value={username} onInput={setUsername} autoComplete="username" />
        <TextField
          label={t('loginPassword')}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
        />
        <button type="submit" class="primary" disabled={!session || session.authenticated}>
          {t('loginSubmit')}
        </button>
      </form>
    </main>
  );
}
