import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { errorMessage } from '../../i18n/labels';
import { OUTCOMES, outcomeKey, type HistoryFilters, type HistoryOptions, type HistoryView } from '../../lib/history';
import type { Problem } from '../../lib/problem';

interface Props {
  view: HistoryView;
  value: HistoryFilters;
  onChange: (next: HistoryFilters) => void;
  onSearch: (filters: HistoryFilters) => void;
  options: HistoryOptions | null;
  problem: Problem | null;
}

/** The filters of a history: a date range, agent, call center, business label, tag (and outcome for call centers). */
export function HistoryFilterForm({ view, value, onChange, onSearch, options, problem }: Props) {
  const t = useT();
  const errorOf = (field: string) => {
    const code = problem?.errors.find((e) => e.field === field)?.code;
    if (!code) return undefined;
    return field === 'to' && code === 'beforeFirst' ? t('historyErrToBeforeFrom') : errorMessage(t, code);
  };
  const set = (key: keyof HistoryFilters) => (v: string) => onChange({ ...value, [key]: v });
  const any = t('historyAny');
  return (
    <form
      aria-label={t('historyFilters')}
      class="history-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(value);
      }}
    >
      <DateField label={t('historyFrom')} value={value.from} onInput={set('from')} error={errorOf('from')} />
      <DateField label={t('historyTo')} value={value.to} onInput={set('to')} error={errorOf('to')} />
      <Choice
        label={t('historyAgent')}
        value={value.agent}
        onChange={set('agent')}
        error={errorOf('agent')}
        choices={[{ value: '', label: any }, ...(options?.agents ?? []).map((a) => ({ value: String(a.id), label: `${a.extension} ${a.name}` }))]}
      />
      <Choice
        label={t('historyCallCenter')}
        value={value.callCenter}
        onChange={set('callCenter')}
        error={errorOf('callCenter')}
        choices={[{ value: '', label: any }, ...(options?.callCenters ?? []).map((c) => ({ value: c.id, label: c.name }))]}
      />
      <Choice
        label={t('historyLabel')}
        value={value.label}
        onChange={set('label')}
        error={errorOf('label')}
        choices={[{ value: '', label: any }, ...(options?.labels ?? []).map((l) => ({ value: l, label: l }))]}
      />
      <Choice
        label={t('historyTag')}
        value={value.tag}
        onChange={set('tag')}
        error={errorOf('tag')}
        choices={[{ value: '', label: any }, ...(options?.tags ?? []).map((tag) => ({ value: String(tag.id), label: tag.name }))]}
      />
      {view === 'call-centers' && (
        <Choice
          label={t('historyOutcome')}
          value={value.outcome}
          onChange={set('outcome')}
          error={errorOf('outcome')}
          choices={[{ value: '', label: any }, ...OUTCOMES.map((o) => ({ value: o, label: t(outcomeKey(o)!) }))]}
        />
      )}
      <div class="history-filter-actions">
        <button type="submit">{t('historySearch')}</button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const cleared = { from: '', to: '', agent: '', callCenter: '', label: '', tag: '', outcome: '' };
            onChange(cleared);
            onSearch(cleared);
          }}
        >
          {t('historyClear')}
        </button>
      </div>
    </form>
  );
}

function DateField({ label, value, onInput, error }: { label: string; value: string; onInput: (v: string) => void; error?: string }) {
  const id = useId();
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  choices: { value: string; label: string }[];
  error?: string;
}

function Choice({ label, value, onChange, choices, error }: ChoiceProps) {
  const id = useId();
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
