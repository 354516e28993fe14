import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { pageCount, type PhonebookEntry, type PhonebookPage } from '../../lib/phonebook';
import { useSubmit } from '../../lib/useSubmit';
import { PhonebookEntryDialog } from './PhonebookEntryDialog';
import { RowActions } from '../../components/RowActions';

type Dialog = { kind: 'create' } | { kind: 'edit'; entry: PhonebookEntry } | null;

const NO_FIELDS: string[] = [];

/** One phonebook's entries: search, pages of 50, and (for ADMIN) add, edit, delete. */
export function PhonebookEntriesSection({ book, editable }: { book: string; editable: boolean }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<PhonebookPage | null>(null);
  const [failed, setFailed] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const removal = useSubmit(NO_FIELDS);

  const load = () => {
    const params = new URLSearchParams({ page: String(page) });
    if (query.trim()) params.set('q', query.trim());
    api.get<PhonebookPage>(`/api/admin/phonebooks/${encodeURIComponent(book)}/entries?${params}`).then(
      (p) => {
        setData(p);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, [book, page, query]);

  const remove = async (entry: PhonebookEntry) => {
    await removal.run(() => api.del(`/api/admin/phonebooks/${encodeURIComponent(book)}/entries/${entry.id}`));
    load();
  };

  return (
    <section class="card" aria-labelledby="phonebook-entries-heading">
      <div class="section-head">
        <h2 id="phonebook-entries-heading">{t('phonebookEntriesHeading')}</h2>
        {editable && (
          <button type="button" class="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('phonebookAdd')}
          </button>
        )}
      </div>
      <TextField
        label={t('phonebookSearch')}
        name="q"
        value={query}
        onInput={(v) => {
          setQuery(v);
          setPage(1);
        }}
        autoComplete="off"
      />
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      <FormAlert codes={removal.errors.general} />
      {data && data.entries.length === 0 && <p>{t('phonebookEmpty')}</p>}
      {data && data.entries.length > 0 && (
        <div class="table-wrap">
          <table aria-label={t('phonebookTable')}>
            <thead>
              <tr>
                <th scope="col">{t('phonebookNumber')}</th>
                <th scope="col">{t('phonebookName')}</th>
                <th scope="col">{t('phonebookCompany')}</th>
                <th scope="col">{t('phonebookMemo')}</th>
                {editable && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.number}</td>
                  <td>
                    {e.name}
                    {e.nameKana && <span class="muted"> ({e.nameKana})</span>}
                  </td>
                  <td>{e.company ?? ''}</td>
                  <td class="wrap">{e.memo ?? ''}</td>
                  {editable && (
                    <RowActions
                      editLabel={t('phonebookEditNamed', { name: e.name })}
                      onEdit={() => setDialog({ kind: 'edit', entry: e })}
                      deleteLabel={t('phonebookDeleteNamed', { name: e.name })}
                      onDelete={() => remove(e)}
                      busy={removal.busy}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && pageCount(data) > 1 && (
        <div class="pager">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('historyPrevious')}
          </button>
          <span>{t('phonebookPageOf', { page: String(page), pages: String(pageCount(data)) })}</span>
          <button type="button" disabled={page >= pageCount(data)} onClick={() => setPage(page + 1)}>
            {t('historyNext')}
          </button>
        </div>
      )}
      {dialog && (
        <PhonebookEntryDialog
          book={book}
          entry={dialog.kind === 'edit' ? dialog.entry : undefined}
          onSaved={() => {
            setDialog(null);
            load();
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
