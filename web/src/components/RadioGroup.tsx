import { useId } from 'preact/hooks';

export interface RadioOption<K extends string> {
  value: K;
  label: string;
  disabled?: boolean;
}

interface Props<K extends string> {
  /** The group's name (its legend). */
  legend: string;
  options: readonly RadioOption<K>[];
  value: K;
  onChange: (value: K) => void;
  /** Id of an element that explains the group (e.g. why an option is disabled). */
  describedBy?: string;
}

/** A fieldset of radio buttons, each labelled, named by its legend. */
export function RadioGroup<K extends string>({ legend, options, value, onChange, describedBy }: Props<K>) {
  const name = useId();
  return (
    <fieldset class="radio-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class={o.disabled ? 'radio disabled' : 'radio'}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
