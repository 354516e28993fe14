import { render } from 'preact';
import { App } from './app';
import { applyDocumentLang, initialLang } from './i18n/browser';
import './styles.css';

const lang = initialLang();
applyDocumentLang(lang);
render(<App initialLang={lang} />, document.getElementById('app')!);
