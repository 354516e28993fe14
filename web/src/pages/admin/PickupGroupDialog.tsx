import { useId, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { errorMessage } from '../../i18n/labels';
import { api } from '../../lib/api';
import { extensionChoices, GROUP_FIELDS, toggleExtension, type PickupGroup } from '../../lib/pbx';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  /** The group to edit; absent to add one. */
  group?: PickupGroup;
  /** Every group, to say which extensions are already elsewhere. */
  groups: readonly PickupGroup[];
  accounts: readonly Account[];
  onSaved: () => void;
  /** The lists may be stale when the server refused; the section reloads them. */
  onFailed: () => void;
  onCancel: () => void;
}

/** Add or edit a pickup group: a name and a checkbox per extension ("201 Agent One"). */
export function PickupGroupDialog({ group, groups, accounts, onSaved, onFailed, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const creating = group === undefined;
  const [name, setName] = useState(group?.name ?? '');
  const [selected, setSelected] = useState<string[]>(group?.extensions ?? []);
  const { errors, busy, run } = useSubmit(GROUP_FIELDS);
  const choices = extensionChoices(accounts, groups, group?.id ?? null);
  const extensionsError = errors.fields.extensions;

  const save = async (ev: Event) => {
    ev.preventDefault();
    // An extension whose account went away since the lists were loaded is no longer offered: drop it too.
    const body = { name, extensions: selected.filter((e) => choices.some((c) => c.extension === e)) };
    const ok = await run(() =>
      creating ? api.post('/api/admin/pickup-groups', body) : api.put(`/api/admin/pickup-groups/${group.id}`, body),
    );
    if (ok) onSaved();
    else onFailed();
  };

  return (
    <Modal title={creating ? t('pickupAdd') : t('dialogEditPickupGroup')} onClose={onCancel}>
      <form aria-label={t('pickupForm')} class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField
          label={t('groupName')}
          name="name"
          value={name}
          onInput={setName}
          autoComplete="off"
          hint={t('hintGroupName')}
          error={errors.fields.name}
        />
        <fieldset
          class={`checklist${extensionsError ? ' field-invalid' : ''}`}
          aria-describedby={extensionsError ? `${id}-error` : undefined}
        >
          <legend>{t('groupExtensions')}</legend>
          {choices.length === 0 && <p class="muted">{t('groupNoExtensions')}</p>}
          {choices.map((c) => {
            const box = `${id}-${c.extension}`;
            return (
              <div class="field-check" key={c.extension}>
                <input
                  id={box}
                  type="checkbox"
                  name="extensions"
                  value={c.extension}
                  checked={selected.includes(c.extension)}
                  onChange={(e) => setSelected((s) => toggleExtension(s, c.extension, e.currentTarget.checked))}
                  aria-describedby={c.otherGroup ? `${box}-elsewhere` : undefined}
                />
                <label for={box}>{t('groupMember', { ext: c.extension, name: c.name })}</label>
                {c.otherGroup && (
                  <span id={`${box}-elsewhere`} class="hint">
                    {t('groupMemberElsewhere', { group: c.otherGroup })}
                  </span>
                )}
              </div>
            );
          })}
          {extensionsError && (
            <p id={`${id}-error`} class="field-error">
              {errorMessage(t, extensionsError)}
            </p>
          )}
        </fieldset>
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
