import { useId } from 'preact/hooks';
import { useT } from '../i18n';
import { errorMessage } from '../i18n/labels';

interface Props {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** A labelled checkbox with an inline error. */
export function CheckboxField({ label, name, checked, onChange, error }: Props) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div class={`field field-check${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label for={id}>{label}</label>
      {error && (
        <p id={errorId} class="field-error">
          {errorMessage(t, error)}
        </p>
      )}
    </div>
  );
}
