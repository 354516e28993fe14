/** Choosing and remembering the UI language (PL-04). Pure logic; the browser bits are injected. */
export type Lang = 'en' | 'ja';

export const LANGS: readonly Lang[] = ['en', 'ja'];
export const STORAGE_KEY = 'tsunagu.lang';
export const COOKIE_NAME = 'tsunagu_lang';
const ONE_YEAR_SECONDS = 31536000;

export function parseLang(value: string | null | undefined): Lang | null {
  return value === 'en' || value === 'ja' ? value : null;
}

/** `ja`, `ja-JP`… → ja; anything else → en. The first listed language decides. */
export function langFromNavigator(languages: readonly string[]): Lang {
  const first = languages.find((l) => l.trim() !== '');
  return first !== undefined && first.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export interface LangChoice {
  lang: Lang;
  /** True when the URL asked for it, so it must be remembered. */
  fromQuery: boolean;
}

/** `?lang=` wins, then the remembered value, then the browser's languages. */
export function chooseLang(search: string, remembered: string | null, languages: readonly string[]): LangChoice {
  const fromQuery = parseLang(new URLSearchParams(search).get('lang'));
  if (fromQuery) return { lang: fromQuery, fromQuery: true };
  const stored = parseLang(remembered);
  if (stored) return { lang: stored, fromQuery: false };
  return { lang: langFromNavigator(languages), fromQuery: false };
}

export function langCookie(lang: Lang): string {
  return `${COOKIE_NAME}=${lang}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/** Where the choice is remembered: localStorage for the app, a cookie for the server's own pages. */
export interface LangMemory {
  read(): string | null;
  write(lang: Lang): void;
}

export function browserLangMemory(storage: Pick<Storage, 'getItem' | 'setItem'>, doc: { cookie: string }): LangMemory {
  return {
    read() {
      try {
        return storage.getItem(STORAGE_KEY);
      } catch {
        return null;
      }
    },
    write(lang) {
      try {
        storage.setItem(STORAGE_KEY, lang);
      } catch {
        // private mode or storage disabled: the cookie still remembers it
      }
      doc.cookie = langCookie(lang);
    },
  };
}

/** Picks the language for this page load and remembers it when the URL asked for it. */
export function resolveLang(search: string, memory: LangMemory, languages: readonly string[]): Lang {
  const choice = chooseLang(search, memory.read(), languages);
  if (choice.fromQuery) memory.write(choice.lang);
  return choice.lang;
}

/** The same URL with `lang` replaced, if it had one (so a reload keeps the user's latest choice). */
export function withLangParam(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  if (!params.has('lang')) return search;
  params.set('lang', lang);
  return `?${params.toString()}`;
}
