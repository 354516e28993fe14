import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { guidanceLabel } from '../../i18n/labels';
import { api } from '../../lib/api';
import { GUIDANCE_LANGUAGES, PARKING_FIELDS, parkingBody, parkingForm, type ParkingForm, type PbxSettings } from '../../lib/pbx';
import { useSubmit } from '../../lib/useSubmit';

/** The parking lot (SP-08) and the voice guidance language; the server's problems show next to each field. */
export function ParkingSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [form, setForm] = useState<ParkingForm | null>(null);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const { errors, busy, run } = useSubmit(PARKING_FIELDS);
  const e = errors.fields;

  useEffect(() => {
    api.get<PbxSettings>('/api/admin/pbx').then(
      (s) => setForm(parkingForm(s)),
      () => setFailed(true),
    );
  }, []);

  const set = <K extends keyof ParkingForm>(key: K) => (value: ParkingForm[K]) => {
    setForm((f) => (f ? { ...f, [key]: value } : f));
    setSaved(false);
  };

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (!form) return;
    setSaved(false);
    const ok = await run(async () => {
      const s = await api.put<PbxSettings>('/api/admin/pbx', parkingBody(form));
      if (s) setForm(parkingForm(s));
    });
    setSaved(ok);
  };

  return (
    <section class="card" aria-labelledby="parking-heading">
      <h2 id="parking-heading">{t('parkingHeading')}</h2>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      {form && (
        <form class="stack" noValidate onSubmit={save}>
          <FormAlert codes={errors.general} />
          <div class="field-row">
            <TextField
              label={t('parkFirst')}
              name="parkFirst"
              value={form.parkFirst}
              onInput={set('parkFirst')}
              inputMode="numeric"
              autoComplete="off"
              readOnly={!editable}
              hint={t('hintParkSlots')}
              error={e.parkFirst}
            />
            <TextField
              label={t('parkLast')}
              name="parkLast"
              value={form.parkLast}
              onInput={set('parkLast')}
              inputMode="numeric"
              autoComplete="off"
              readOnly={!editable}
              error={e.parkLast}
            />
          </div>
          <TextField
            label={t('parkTimeout')}
            name="parkTimeoutSeconds"
            value={form.parkTimeoutSeconds}
            onInput={set('parkTimeoutSeconds')}
            inputMode="numeric"
            autoComplete="off"
            readOnly={!editable}
            hint={t('hintParkTimeout')}
            error={e.parkTimeoutSeconds}
          />
          <SelectField
            label={t('guidanceLanguage')}
            name="guidanceLanguage"
            value={form.guidanceLanguage}
            options={GUIDANCE_LANGUAGES.map((l) => ({ value: l, label: guidanceLabel(t, l) }))}
            onChange={set('guidanceLanguage')}
            disabled={!editable}
            error={e.guidanceLanguage}
          />
          {editable ? (
            <div class="actions">
              <button type="submit" class="primary" disabled={busy}>
                {t('save')}
              </button>
              <p role="status" class="notice-inline">
                {saved ? t('settingsSaved') : ''}
              </p>
            </div>
          ) : (
            <p class="muted">{t('settingsReadOnly')}</p>
          )}
        </form>
      )}
    </section>
  );
}
