import { useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { ENTRY_FIELDS, entryForm, type EntryField, type PhonebookEntry } from '../../lib/phonebook';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  book: string;
  /** The entry to edit; absent to add one. */
  entry?: PhonebookEntry;
  onSaved: () => void;
  onCancel: () => void;
}

/** Add or edit one phonebook entry; the server normalises the number and checks every field. */
export function PhonebookEntryDialog({ book, entry, onSaved, onCancel }: Props) {
  const t = useT();
  const creating = entry === undefined;
  const [form, setForm] = useState(entryForm(entry));
  const { errors, busy, run } = useSubmit(ENTRY_FIELDS);
  const set = (field: EntryField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const path = `/api/admin/phonebooks/${encodeURIComponent(book)}/entries`;

  const save = async (ev: Event) => {
    ev.preventDefault();
    const ok = await run(() => (creating ? api.post(path, form) : api.put(`${path}/${entry.id}`, form)));
    if (ok) onSaved();
  };

  return (
    <Modal title={creating ? t('phonebookAdd') : t('phonebookEdit')} onClose={onCancel}>
      <form aria-label={t('phonebookForm')} class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField label={t('phonebookNumber')} name="number" value={form.number} onInput={set('number')} inputMode="numeric"
          hint={t('phonebookNumberHint')} error={errors.fields.number} autoComplete="off" />
        <TextField label={t('phonebookName')} name="name" value={form.name} onInput={set('name')} error={errors.fields.name}
          autoComplete="off" />
        <TextField label={t('phonebookKana')} name="nameKana" value={form.nameKana} onInput={set('nameKana')}
          error={errors.fields.nameKana} autoComplete="off" />
        <TextField label={t('phonebookCompany')} name="company" value={form.company} onInput={set('company')}
          error={errors.fields.company} autoComplete="off" />
        <TextField label={t('phonebookMemo')} name="memo" value={form.memo} onInput={set('memo')} error={errors.fields.memo}
          autoComplete="off" />
        <div class="actions">
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
