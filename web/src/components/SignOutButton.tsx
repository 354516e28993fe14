import { useT } from '../i18n';
import type { Csrf } from '../lib/types';

/** A real form POST to /logout (the server answers 302 /login?logout). */
export function SignOutButton({ csrf }: { csrf: Csrf }) {
  const t = useT();
  return (
    <form method="post" action="/logout" class="sign-out">
      <input type="hidden" name={csrf.parameterName} value={csrf.token} />
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
