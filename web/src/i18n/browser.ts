/** The language choice wired to this browser: URL, localStorage, cookie, navigator. */
import { browserLangMemory, resolveLang, withLangParam, type Lang } from './lang';

function memory() {
  return browserLangMemory(window.localStorage, document);
}

export function initialLang(): Lang {
  return resolveLang(location.search, memory(), navigator.languages ?? [navigator.language]);
}

/** Remembers an explicit choice and keeps a `?lang=` in the address in step with it. */
export function rememberLang(lang: Lang): void {
  memory().write(lang);
  const search = withLangParam(location.search, lang);
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

export function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
}
