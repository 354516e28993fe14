import { useId } from 'preact/hooks';
import { useT } from '../i18n';
import { errorMessage } from '../i18n/labels';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  name: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  error?: string;
  disabled?: boolean;
}

/** A labelled native <select> (role combobox) with an inline error. */
export function SelectField<V extends string>({ label, name, value, options, onChange, error, disabled }: Props<V>) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value as V)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} class="field-error">
          {errorMessage(t, error)}
        </p>
      )}
    </div>
  );
}
