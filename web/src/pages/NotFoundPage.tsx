import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <main class="page page-narrow">
      <div class="top-right">
        <LanguageSwitcher />
      </div>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <a href="/">{t('notFoundHome')}</a>
      </p>
    </main>
  );
}
