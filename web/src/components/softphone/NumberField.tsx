import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { isKeypadKey, MAX_NUMBER_LENGTH } from '../../lib/softphone/number';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** Enter in the box. */
  onEnter: () => void;
  /** A keypad key typed on the keyboard (sent as a tone during a call). */
  onKey: (key: string) => void;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** The textbox "Number" and its "Clear" button; typing works natively, Enter dials (SP-02). */
export function NumberField({ value, onInput, onEnter, onKey, disabled, inputRef }: Props) {
  const t = useT();
  const id = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      onEnter();
    } else if (isKeypadKey(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      onKey(e.key);
    }
  };
  return (
    <div class="field number-field">
      <label for={id}>{t('phoneNumber')}</label>
      <div class="number-row">
        <input
          id={id}
          ref={inputRef}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          name="number"
          maxLength={MAX_NUMBER_LENGTH}
          value={value}
          disabled={disabled}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" disabled={disabled || value === ''} onClick={() => onInput('')}>
          {t('phoneClear')}
        </button>
      </div>
    </div>
  );
}
