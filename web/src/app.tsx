import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, translator, type I18n } from './i18n';
import { applyDocumentLang, rememberLang } from './i18n/browser';
import type { Lang } from './i18n/lang';
import { AccountPage } from './pages/AccountPage';
import { AdminPage } from './pages/AdminPage';
import { AdminPbxPage } from './pages/AdminPbxPage';
import { AdminSipPage } from './pages/AdminSipPage';
import { AdminPhonebookPage } from './pages/AdminPhonebookPage';
import { AdminTagsPage } from './pages/AdminTagsPage';
import { AdminSmsPage } from './pages/AdminSmsPage';
import { AdminCallCentersPage } from './pages/AdminCallCentersPage';
import { AgentPage } from './pages/AgentPage';
import { CustomerVideoPage } from './pages/CustomerVideoPage';
import { DevPhonePage } from './pages/DevPhonePage';
import { DiagAudioPage } from './pages/DiagAudioPage';
import { HistoryPage } from './pages/HistoryPage';
import { DiagVideoPage } from './pages/DiagVideoPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PhonePage } from './pages/PhonePage';
import { pageFor, type PageId } from './routes';

const PAGES: Record<PageId, FunctionComponent> = {
  home: HomePage,
  login: LoginPage,
  agent: AgentPage,
  agentPhone: PhonePage,
  admin: AdminPage,
  adminPbx: AdminPbxPage,
  adminSip: AdminSipPage,
  adminPhonebooks: AdminPhonebookPage,
  adminTags: AdminTagsPage,
  adminSms: AdminSmsPage,
  adminCallCenters: AdminCallCentersPage,
  account: AccountPage,
  history: HistoryPage,
  diagAudio: DiagAudioPage,
  diagVideo: DiagVideoPage,
  devPhone: DevPhonePage,
  customerVideo: CustomerVideoPage,
  notFound: NotFoundPage,
};

export function App({ initialLang }: { initialLang: Lang }) {
  const [lang, setLangState] = useState(initialLang);
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next) => {
        rememberLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  useEffect(() => applyDocumentLang(lang), [lang]);
  const Page = PAGES[pageFor(location.pathname)];
  return (
    <I18nContext.Provider value={i18n}>
      <Page />
    </I18nContext.Provider>
  );
}
