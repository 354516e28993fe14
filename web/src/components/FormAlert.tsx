import { useT } from '../i18n';
import { errorMessage } from '../i18n/labels';

/** Errors that belong to no field, as one role=alert. */
export function FormAlert({ codes }: { codes: string[] }) {
  const t = useT();
  if (codes.length === 0) return null;
  return (
    <div role="alert" class="form-alert">
      {codes.map((c) => (
        <p key={c}>{errorMessage(t, c)}</p>
      ))}
    </div>
  );
}
