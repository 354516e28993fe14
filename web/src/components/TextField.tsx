import { useId } from 'preact/hooks';
import { useT } from '../i18n';
import { errorMessage } from '../i18n/labels';

interface Props {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password';
  /** Error code from the server's problem document, shown inline. */
  error?: string;
  hint?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric';
  readOnly?: boolean;
}

/** A labelled textbox with its hint and inline error tied by aria-describedby. */
export function TextField({ label, name, value, onInput, type = 'text', error, hint, autoComplete, inputMode, readOnly }: Props) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        readOnly={readOnly}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error">
          {errorMessage(t, error)}
        </p>
      )}
    </div>
  );
}
