import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { api, problemOf } from '../lib/api';
import { addableTags, MAX_NOTE, myNote, noteLength, type CallRecord, type Tag } from '../lib/callRecord';
import { FormAlert } from './FormAlert';

interface Props {
  /** The current call, or the last one (notes are often written after hanging up). */
  callId: string | null;
  accountId: number;
}

/** Tags (checklist to add, × to remove) and the agent's note on the call (WS-04, WS-05). */
export function CallRecordPanel({ callId, accountId }: Props) {
  const t = useT();
  const [tags, setTags] = useState<Tag[]>([]);
  const [record, setRecord] = useState<CallRecord | null>(null);
  const [draft, setDraft] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get<Tag[]>('/api/tags').then(setTags, () => setTags([]));
  }, []);
  useEffect(() => {
    setRecord(null);
    setDraft('');
    setErrors([]);
    setSaved(false);
    if (!callId) return;
    let current = true;
    // The call's first moves may still be on their way to the database: a 404 just means "nothing yet".
    api.get<CallRecord>(`/api/calls/${encodeURIComponent(callId)}/record`).then(
      (r) => {
        if (!current) return;
        setRecord(r);
        setDraft(myNote(r, accountId));
      },
      () => current && setRecord({ callId, tags: [], notes: [] }),
    );
    return () => {
      current = false;
    };
  }, [callId, accountId]);

  if (!callId) {
    return (
      <section class="card call-record" aria-label={t('recordTitle')}>
        <h2>{t('recordTitle')}</h2>
        <p class="muted">{t('recordNoCall')}</p>
      </section>
    );
  }

  const act = async (action: () => Promise<CallRecord>) => {
    setBusy(true);
    setErrors([]);
    try {
      const next = await action();
      setRecord(next);
      return next;
    } catch (err) {
      const problem = problemOf(err);
      setErrors(problem.errors.length > 0 ? problem.errors.map((e) => e.code) : ['generic']);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const base = `/api/calls/${encodeURIComponent(callId)}`;
  const addTag = (tag: Tag) => act(() => api.post<CallRecord>(`${base}/tags`, { tagId: tag.id }));
  const removeTag = (tag: Tag) => act(() => api.del(`${base}/tags/${tag.id}`).then(() => api.get<CallRecord>(`${base}/record`)));
  const saveNote = async (ev: Event) => {
    ev.preventDefault();
    setSaved(false);
    const next = await act(() => api.put<CallRecord>(`${base}/note`, { body: draft }));
    if (next) setSaved(true);
  };
  const length = noteLength(draft);
  const others = record?.notes.filter((n) => n.accountId !== accountId) ?? [];

  return (
    <section class="card call-record" aria-label={t('recordTitle')}>
      <h2>{t('recordTitle')}</h2>
      <FormAlert codes={errors} />
      <ul class="tags" aria-label={t('recordTags')}>
        {record?.tags.map((tag) => (
          <li key={tag.id}>
            {tag.name}
            <button type="button" class="small" aria-label={t('recordRemoveTag', { name: tag.name })} disabled={busy}
              onClick={() => removeTag(tag)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {tags.length > 0 && (
        <fieldset class="checklist">
          <legend>{t('recordAddTags')}</legend>
          {tags.map((tag) => {
            const on = !addableTags([tag], record).length;
            return (
              <div class="field-check" key={tag.id}>
                <input id={`tag-${tag.id}`} type="checkbox" checked={on} disabled={busy || !record}
                  onChange={() => (on ? removeTag(tag) : addTag(tag))} />
                <label for={`tag-${tag.id}`}>{tag.name}</label>
              </div>
            );
          })}
        </fieldset>
      )}
      <form class="stack" noValidate onSubmit={saveNote} aria-label={t('recordNoteForm')}>
        <div class="field">
          <label for="call-note">{t('recordNote')}</label>
          <textarea id="call-note" rows={5} value={draft} onInput={(e) => {
            setDraft(e.currentTarget.value);
            setSaved(false);
          }} aria-describedby="call-note-count" />
          <p id="call-note-count" class={length > MAX_NOTE ? 'field-error' : 'hint'}>
            {t('recordNoteCount', { count: String(length), max: String(MAX_NOTE) })}
          </p>
        </div>
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => {
            setDraft(myNote(record, accountId));
            setErrors([]);
          }}>
            {t('cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy || !record}>
            {t('recordSaveNote')}
          </button>
        </div>
        {saved && <p role="status">{t('recordNoteSaved')}</p>}
      </form>
      {others.length > 0 && (
        <ul aria-label={t('recordOtherNotes')}>
          {others.map((n) => (
            <li key={n.accountId}>
              <strong>{n.author}</strong>: {n.body}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
