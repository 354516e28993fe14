import { useId, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { KEYPAD_ROWS } from '../../lib/softphone/number';

interface Props {
  onKey: (key: string) => void;
  disabled: boolean;
}

/** The "Keypad" toggle and the twelve keys, each a button named by its digit, "*" or "#" (SP-02). */
export function Keypad({ onKey, disabled }: Props) {
  const t = useT();
  const id = useId();
  const [shown, setShown] = useState(true);
  return (
    <div class="keypad-area">
      <button type="button" class="small" aria-expanded={shown ? 'true' : 'false'} aria-controls={id} onClick={() => setShown(!shown)}>
        {t('phoneKeypad')}
      </button>
      <div id={id} class="keypad" hidden={!shown}>
        {KEYPAD_ROWS.flat().map((key) => (
          <button key={key} type="button" class="key" disabled={disabled} onClick={() => onKey(key)}>
            {key}
          </button>
        ))}
      </div>
    </div>
  );
}
