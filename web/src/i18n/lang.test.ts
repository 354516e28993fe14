import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translator } from './index';
import { ja } from './ja';
import {
  browserLangMemory,
  chooseLang,
  langCookie,
  langFromNavigator,
  resolveLang,
  STORAGE_KEY,
  withLangParam,
  type Lang,
  type LangMemory,
} from './lang';

function fakeMemory(initial: string | null = null): LangMemory & { writes: Lang[] } {
  let value = initial;
  const writes: Lang[] = [];
  return {
    writes,
    read: () => value,
    write: (lang) => {
      value = lang;
      writes.push(lang);
    },
  };
}

describe('choosing the language', () => {
  it('takes ?lang= first, over memory and browser', () => {
    expect(chooseLang('?lang=ja', 'en', ['en-US'])).toEqual({ lang: 'ja', fromQuery: true });
    expect(chooseLang('?x=1&lang=en', 'ja', ['ja-JP'])).toEqual({ lang: 'en', fromQuery: true });
  });

  it('then the remembered value, ignoring junk', () => {
    expect(chooseLang('', 'ja', ['en-US'])).toEqual({ lang: 'ja', fromQuery: false });
    expect(chooseLang('?lang=fr', 'en', ['ja'])).toEqual({ lang: 'en', fromQuery: false });
    expect(chooseLang('', 'klingon', ['ja']).lang).toBe('ja');
  });

  it('then the browser: ja* is Japanese, anything else English', () => {
    expect(langFromNavigator(['ja-JP', 'en'])).toBe('ja');
    expect(langFromNavigator(['JA'])).toBe('ja');
    expect(langFromNavigator(['en-GB', 'ja'])).toBe('en');
    expect(langFromNavigator(['fr'])).toBe('en');
    expect(langFromNavigator([])).toBe('en');
  });
});

describe('remembering the language', () => {
  it('remembers a choice made in the URL', () => {
    const memory = fakeMemory('en');
    expect(resolveLang('?lang=ja', memory, ['en'])).toBe('ja');
    expect(memory.writes).toEqual(['ja']);
    expect(resolveLang('', memory, ['en'])).toBe('ja');
  });

  it('does not write when nothing was asked for', () => {
    const memory = fakeMemory(null);
    expect(resolveLang('', memory, ['ja-JP'])).toBe('ja');
    expect(memory.writes).toEqual([]);
  });

  it('writes localStorage and a year-long cookie for the server', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const doc = { cookie: '' };
    const memory = browserLangMemory(storage, doc);
    memory.write('ja');
    expect(store.get(STORAGE_KEY)).toBe('ja');
    expect(doc.cookie).toBe('tsunagu_lang=ja; path=/; max-age=31536000; SameSite=Lax');
    expect(memory.read()).toBe('ja');
    expect(langCookie('en')).toBe('tsunagu_lang=en; path=/; max-age=31536000; SameSite=Lax');
  });

  it('still sets the cookie when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const doc = { cookie: '' };
    const memory = browserLangMemory(storage, doc);
    expect(memory.read()).toBeNull();
    memory.write('en');
    expect(doc.cookie).toContain('tsunagu_lang=en');
  });

  it('keeps a ?lang= in the address in step with a new choice', () => {
    expect(withLangParam('?error=credentials&lang=en', 'ja')).toBe('?error=credentials&lang=ja');
    expect(withLangParam('?logout', 'ja')).toBe('?logout');
    expect(withLangParam('', 'en')).toBe('');
  });
});

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('fill in parameters', () => {
    expect(translator('en')('extensionShort', { ext: '201' })).toBe('Ext. 201');
    expect(translator('ja')('dialogResetPassword', { login: 'alice' })).toBe('alice のパスワード再設定');
    expect(translator('ja')('signOut')).toBe('サインアウト');
  });
});
