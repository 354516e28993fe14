import { useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { extensionOptions, INBOUND_FIELDS, type InboundNumber } from '../../lib/pbx';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  /** The number to edit; absent to add one. */
  number?: InboundNumber;
  accounts: readonly Account[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Add or edit an inbound number: the number, the extension it rings, an optional label. */
export function InboundNumberDialog({ number, accounts, onSaved, onCancel }: Props) {
  const t = useT();
  const creating = number === undefined;
  const [value, setValue] = useState(number?.number ?? '');
  const [extension, setExtension] = useState(number?.extension ?? '');
  const [label, setLabel] = useState(number?.label ?? '');
  const { errors, busy, run } = useSubmit(INBOUND_FIELDS);
  const options = [{ value: '', label: t('inboundChooseExtension') }, ...extensionOptions(accounts)];

  const save = async (ev: Event) => {
    ev.preventDefault();
    const body = { number: value, extension, label };
    const ok = await run(() =>
      creating ? api.post('/api/admin/inbound-numbers', body) : api.put(`/api/admin/inbound-numbers/${number.id}`, body),
    );
    if (ok) onSaved();
  };

  return (
    <Modal title={creating ? t('inboundAdd') : t('dialogEditInbound')} onClose={onCancel}>
      <form aria-label={t('inboundForm')} class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField
          label={t('inboundNumber')}
          name="number"
          value={value}
          onInput={setValue}
          inputMode="numeric"
          autoComplete="off"
          hint={t('hintInboundNumber')}
          error={errors.fields.number}
        />
        <SelectField
          label={t('inboundExtension')}
          name="extension"
          value={extension}
          options={options}
          onChange={setExtension}
          error={errors.fields.extension}
        />
        <TextField
          label={t('inboundLabel')}
          name="label"
          value={label}
          onInput={setLabel}
          autoComplete="off"
          hint={t('hintInboundLabel')}
          error={errors.fields.label}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
