import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';

/** The Video tab's problem (role alert) and passing fact (role status). */
export function VideoNotes({ problem, info }: { problem: MessageKey | undefined; info: MessageKey | null }) {
  const t = useT();
  const isProblem = info !== null && info.startsWith('veErr');
  return (
    <>
      {problem && (
        <p role="alert" class="form-alert">
          {t(problem)}
        </p>
      )}
      {info && (
        <p role={isProblem ? 'alert' : 'status'} class={isProblem ? 'form-alert' : 'hint'}>
          {t(info)}
        </p>
      )}
    </>
  );
}
