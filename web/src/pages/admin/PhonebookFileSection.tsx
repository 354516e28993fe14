import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { errorMessage } from '../../i18n/labels';
import { api, problemOf } from '../../lib/api';
import { importProblems, type Imported, type ImportProblem } from '../../lib/phonebook';

/**
 * CSV import and export of one phonebook. A file with any bad row changes nothing; its problems are
 * listed by row and column so the administrator can fix the file.
 */
export function PhonebookFileSection({ book, editable, onImported }: { book: string; editable: boolean; onImported: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Imported | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const exportHref = `/api/admin/phonebooks/${encodeURIComponent(book)}/export`;

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (!file) {
      setProblems([{ row: null, field: null, code: 'required' }]);
      return;
    }
    setBusy(true);
    setResult(null);
    setProblems([]);
    try {
      const query = replace ? '?replace=true' : '';
      setResult(await api.upload<Imported>(`/api/admin/phonebooks/${encodeURIComponent(book)}/import${query}`, file, 'text/csv'));
      onImported();
    } catch (err) {
      const found = importProblems(problemOf(err));
      setProblems(found.length > 0 ? found : [{ row: null, field: null, code: 'generic' }]);
    } finally {
      setBusy(false);
    }
  };

  const line = (p: ImportProblem) => {
    const message = errorMessage(t, p.code);
    if (p.row === null) return message;
    if (p.row === 0) return t('phonebookHeaderProblem', { field: p.field ?? '', message });
    return t('phonebookRowProblem', { row: String(p.row), field: p.field ?? '', message });
  };

  return (
    <section class="card" aria-labelledby="phonebook-file-heading">
      <h2 id="phonebook-file-heading">{t('phonebookFileHeading')}</h2>
      <p>
        <a href={exportHref} download>
          {t('phonebookExport')}
        </a>
      </p>
      {editable && (
        <form aria-label={t('phonebookImportForm')} class="stack" noValidate onSubmit={submit}>
          <p class="muted">{t('phonebookImportHint')}</p>
          <div class="field">
            <label for="phonebook-file">{t('phonebookFile')}</label>
            <input id="phonebook-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </div>
          <div class="field-check">
            <input id="phonebook-replace" type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
            <label for="phonebook-replace">{t('phonebookReplace')}</label>
          </div>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('phonebookImport')}
            </button>
          </div>
          {result && (
            <p role="status">
              {t('phonebookImported', { added: String(result.added), updated: String(result.updated), removed: String(result.removed) })}
            </p>
          )}
          {problems.length > 0 && (
            <div role="alert" class="form-alert">
              <ul aria-label={t('phonebookImportProblems')}>
                {problems.map((p, i) => (
                  <li key={i}>{line(p)}</li>
                ))}
              </ul>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
