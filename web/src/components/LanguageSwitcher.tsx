import { useI18n } from '../i18n';
import type { Lang } from '../i18n/lang';

const CHOICES: { lang: Lang; label: string }[] = [
  { lang: 'en', label: 'English' },
  { lang: 'ja', label: '日本語' },
];

/** Two buttons, "English" and "日本語", named the same in every language. */
export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="lang-switcher" role="group" aria-label={t('language')}>
      {CHOICES.map((c) => (
        <button
          key={c.lang}
          type="button"
          lang={c.lang}
          class="link-button"
          aria-pressed={lang === c.lang}
          onClick={() => setLang(c.lang)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
