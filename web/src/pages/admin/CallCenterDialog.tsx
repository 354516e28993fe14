import { useState } from 'preact/hooks';
import { CheckboxField } from '../../components/CheckboxField';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { type CallCenter, OVERFLOW_KINDS, type OverflowKind, seconds, splitNumbers, STRATEGIES, type Strategy } from '../../lib/callCenters';
import type { Account } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['name', 'numbers', 'members', 'strategy', 'ringTimeoutSeconds', 'afterCallWorkSeconds', 'maximumWaitSeconds',
  'overflowKind', 'overflowCallCenterId', 'overflowExtension', 'businessLabel'];
/** The server names list entries (`numbers[1]`, `members[0].skill`); the form shows them at the list. */
const KNOWN = [...FIELDS, ...Array.from({ length: 20 }, (_, i) => [`numbers[${i}]`, `members[${i}].accountId`, `members[${i}].skill`]).flat()];

interface Props {
  callCenter?: CallCenter;
  all: readonly CallCenter[];
  agents: readonly Account[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Add or edit a call center: name, numbers, member agents with skills, routing, timings, overflow, business label. */
export function CallCenterDialog({ callCenter: cc, all, agents, onSaved, onCancel }: Props) {
  const t = useT();
  const creating = cc === undefined;
  const [name, setName] = useState(cc?.name ?? '');
  const [numbers, setNumbers] = useState(cc?.numbers.join(', ') ?? '');
  const [skills, setSkills] = useState<Record<number, string>>(
    Object.fromEntries((cc?.members ?? []).map((m) => [m.accountId, String(m.skill)])),
  );
  const [strategy, setStrategy] = useState<Strategy>(cc?.strategy ?? 'LONGEST_IDLE');
  const [ring, setRing] = useState(String(cc?.ringTimeoutSeconds ?? 15));
  const [acw, setAcw] = useState(String(cc?.afterCallWorkSeconds ?? 10));
  const [wait, setWait] = useState(String(cc?.maximumWaitSeconds ?? 120));
  const [overflow, setOverflow] = useState<OverflowKind>(cc?.overflowKind ?? 'MESSAGE');
  const [overflowCenter, setOverflowCenter] = useState(cc?.overflowCallCenterId ? String(cc.overflowCallCenterId) : '');
  const [overflowExtension, setOverflowExtension] = useState(cc?.overflowExtension ?? '');
  const [label, setLabel] = useState(cc?.businessLabel ?? '');
  const { errors, busy, run } = useSubmit(KNOWN);
  const fieldError = (field: string) =>
    errors.fields[field] ?? Object.entries(errors.fields).find(([f]) => f.startsWith(`${field}[`))?.[1];

  const save = async (ev: Event) => {
    ev.preventDefault();
    const body = {
      name,
      numbers: splitNumbers(numbers),
      members: Object.entries(skills).map(([accountId, skill]) => ({ accountId: Number(accountId), skill: seconds(skill) })),
      strategy,
      ringTimeoutSeconds: seconds(ring),
      afterCallWorkSeconds: seconds(acw),
      maximumWaitSeconds: seconds(wait),
      overflowKind: overflow,
      overflowCallCenterId: overflow === 'CALL_CENTER' && overflowCenter ? Number(overflowCenter) : null,
      overflowExtension: overflow === 'EXTENSION' ? overflowExtension : null,
      businessLabel: label,
    };
    const ok = await run(() =>
      creating ? api.post('/api/admin/call-centers', body) : api.put(`/api/admin/call-centers/${cc.id}`, body),
    );
    if (ok) onSaved();
  };

  const toggle = (accountId: number, on: boolean) =>
    setSkills((current) => {
      const next = { ...current };
      if (on) next[accountId] = next[accountId] ?? '5';
      else delete next[accountId];
      return next;
    });

  return (
    <Modal title={creating ? t('callCenterAdd') : t('callCenterEditTitle')} onClose={onCancel}>
      <form aria-label={t('callCenterForm')} class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        <TextField label={t('ccName')} name="name" value={name} onInput={setName} autoComplete="off" error={errors.fields.name} />
        <TextField label={t('ccNumbers')} name="numbers" value={numbers} onInput={setNumbers} autoComplete="off"
          hint={t('ccNumbersHint')} error={fieldError('numbers')} />
        <fieldset>
          <legend>{t('ccMembers')}</legend>
          {agents.map((a) => (
            <div key={a.id} class="member-row">
              <CheckboxField label={`${a.extension} ${a.name}`} name={`member-${a.id}`} checked={a.id in skills}
                onChange={(on) => toggle(a.id, on)} />
              {a.id in skills && (
                <TextField label={t('ccSkill', { name: a.name })} name={`skill-${a.id}`} value={skills[a.id] ?? ''}
                  inputMode="numeric" onInput={(v) => setSkills((s) => ({ ...s, [a.id]: v }))} />
              )}
            </div>
          ))}
          {fieldError('members') && <p class="form-alert">{t('errInvalid')}</p>}
        </fieldset>
        <SelectField label={t('ccStrategy')} name="strategy" value={strategy} onChange={setStrategy}
          options={STRATEGIES.map((s) => ({ value: s, label: t(`ccStrategy${s}`) }))} error={errors.fields.strategy} />
        <TextField label={t('ccRingTimeout')} name="ring" value={ring} onInput={setRing} inputMode="numeric"
          error={errors.fields.ringTimeoutSeconds} />
        <TextField label={t('ccAfterCallWork')} name="acw" value={acw} onInput={setAcw} inputMode="numeric"
          error={errors.fields.afterCallWorkSeconds} />
        <TextField label={t('ccMaximumWait')} name="wait" value={wait} onInput={setWait} inputMode="numeric"
          error={errors.fields.maximumWaitSeconds} />
        <SelectField label={t('ccOverflow')} name="overflow" value={overflow} onChange={setOverflow}
          options={OVERFLOW_KINDS.map((k) => ({ value: k, label: t(`ccOverflow${k}`) }))} error={errors.fields.overflowKind} />
        {overflow === 'CALL_CENTER' && (
          <SelectField label={t('ccOverflowCallCenter')} name="overflowCenter" value={overflowCenter} onChange={setOverflowCenter}
            options={[{ value: '', label: t('ccChoose') },
              ...all.filter((o) => o.id !== cc?.id).map((o) => ({ value: String(o.id), label: o.name }))]}
            error={errors.fields.overflowCallCenterId} />
        )}
        {overflow === 'EXTENSION' && (
          <TextField label={t('ccOverflowExtension')} name="overflowExtension" value={overflowExtension}
            onInput={setOverflowExtension} inputMode="numeric" error={errors.fields.overflowExtension} />
        )}
        <TextField label={t('ccBusinessLabel')} name="label" value={label} onInput={setLabel} autoComplete="off"
          error={errors.fields.businessLabel} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>{t('save')}</button>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
