import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { VideoProblem } from '../../lib/video/commandProblem';
import { RadioGroup } from '../RadioGroup';
import { TextField } from '../TextField';

interface Props {
  /** The caller's number, to pre-fill (VE-01). */
  number: string | null;
  cameraAvailable: boolean;
  busy: boolean;
  problem: VideoProblem | null;
  onStart: (to: string, camera: boolean) => void;
}

type Camera = 'on' | 'off';

/** "Share the video link by SMS": the number, the communicator's camera (off by default, VE-02), "Share and start". */
export function VideoStartForm({ number, cameraAvailable, busy, problem, onStart }: Props) {
  const t = useT();
  const headingId = useId();
  const noCameraId = useId();
  const [to, setTo] = useState(number ?? '');
  const [camera, setCamera] = useState<Camera>('off');
  useEffect(() => setTo(number ?? ''), [number]);
  useEffect(() => {
    if (!cameraAvailable) setCamera('off');
  }, [cameraAvailable]);

  const submit = (e: Event) => {
    e.preventDefault();
    onStart(to, camera === 'on' && cameraAvailable);
  };

  return (
    <form class="stack video-form" noValidate aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t('veFormHeading')}</h3>
      <TextField
        label={t('veSmsNumber')}
        name="to"
        value={to}
        onInput={setTo}
        inputMode="numeric"
        autoComplete="off"
        hint={t('veSmsNumberHint')}
        error={problem?.to}
      />
      <RadioGroup
        legend={t('veCamera')}
        value={camera}
        onChange={setCamera}
        describedBy={cameraAvailable ? undefined : noCameraId}
        options={[
          { value: 'on', label: t('veCameraOn'), disabled: !cameraAvailable },
          { value: 'off', label: t('veCameraOff') },
        ]}
      />
      {!cameraAvailable && (
        <p id={noCameraId} class="hint">
          {t('veNoCamera')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('veShareAndStart')}
        </button>
      </div>
    </form>
  );
}
