import { useEffect, useState } from 'preact/hooks';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { Tabs } from '../components/Tabs';
import { useT } from '../i18n';
import { api, problemOf } from '../lib/api';
import { exportUrl, listUrl, NO_FILTERS, viewOf, type HistoryFilters, type HistoryOptions, type HistoryPage as Page, type HistoryView } from '../lib/history';
import type { Problem } from '../lib/problem';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';
import { HistoryFilterForm } from './history/HistoryFilterForm';
import { HistoryTable } from './history/HistoryTable';

/**
 * `/history`: the call history, business-label history and call-center history (CC-04) with
 * their filters, paging and CSV export. Staff see the tenant's calls, a USER its own.
 */
export function HistoryPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return <Histories session={session} />;
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';

function Histories({ session }: { session: SignedIn }) {
  const t = useT();
  const [view, setView] = useState<HistoryView>(() => viewOf(location.search));
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<HistoryFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [list, setList] = useState<Page | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [options, setOptions] = useState<HistoryOptions | null>(null);

  useEffect(() => {
    api.get<HistoryOptions>('/api/history/options').then(setOptions, () => setOptions(null));
  }, []);

  useEffect(() => {
    let current = true;
    setList(null);
    api.get<Page>(listUrl(view, applied, zone(), page)).then(
      (p) => {
        if (!current) return;
        setList(p);
        setProblem(null);
      },
      (err) => {
        if (!current) return;
        setProblem(problemOf(err));
      },
    );
    return () => {
      current = false;
    };
  }, [view, applied, page]);

  const select = (next: HistoryView) => {
    setView(next);
    setPage(0);
    history.replaceState(null, '', next === 'calls' ? '/history' : `/history?view=${next}`);
  };
  const search = (next: HistoryFilters) => {
    setApplied(next);
    setPage(0);
  };

  const tabs = [
    { key: 'calls' as const, label: t('historyTabCalls') },
    { key: 'labels' as const, label: t('historyTabLabels') },
    { key: 'call-centers' as const, label: t('historyTabCallCenters') },
  ];
  const caption = tabs.find((tab) => tab.key === view)?.label ?? '';
  const nav = (
    <>
      <a href="/agent">{t('linkWorkspace')}</a>
      {isStaff(session.account.role) ? <a href="/admin">{t('linkAdmin')}</a> : <a href="/account">{t('accountTitle')}</a>}
    </>
  );
  return (
    <>
      <AppHeader session={session} nav={nav} />
      <main class="page admin history-page">
        <h1>{t('historyTitle')}</h1>
        <p class="muted">{isStaff(session.account.role) ? t('historyIntroStaff') : t('historyIntroUser')}</p>
        <Tabs label={t('historyViews')} items={tabs} selected={view} onSelect={select}>
          <section class="card">
            <HistoryFilterForm view={view} value={filters} onChange={setFilters} onSearch={search} options={options} problem={problem} />
            <p class="row-actions">
              <a class="button-link" href={exportUrl(view, applied, zone())} download>
                {t('historyExport')}
              </a>
              {list && <span class="muted">{t('historyTotal', { total: String(list.total) })}</span>}
            </p>
            {view === 'labels' && list && list.labels.length > 0 && (
              <ul aria-label={t('historyPerLabel')} class="label-counts">
                {list.labels.map((l) => (
                  <li key={l.label}>{t('historyLabelCount', { label: l.label, calls: String(l.calls) })}</li>
                ))}
              </ul>
            )}
            {problem && problem.errors.length === 0 && (
              <p role="alert" class="form-alert">
                {t('errorGeneric')}
              </p>
            )}
            {!list && !problem && <Loading />}
            {list && <HistoryTable view={view} caption={caption} entries={list.entries} />}
            {list && list.pages > 1 && (
              <nav aria-label={t('historyPages')} class="row-actions">
                <button type="button" class="small" disabled={list.page === 0} onClick={() => setPage(Math.max(0, list.page - 1))}>
                  {t('historyPrevious')}
                </button>
                <span>{t('smsPageOf', { page: String(list.page + 1), pages: String(list.pages) })}</span>
                <button
                  type="button"
                  class="small"
                  disabled={list.page >= list.pages - 1}
                  onClick={() => setPage(Math.min(list.pages - 1, list.page + 1))}
                >
                  {t('historyNext')}
                </button>
              </nav>
            )}
          </section>
        </Tabs>
      </main>
    </>
  );
}
