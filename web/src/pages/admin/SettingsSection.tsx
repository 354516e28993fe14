import { useEffect, useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n';
import { screenLabel } from '../../i18n/labels';
import { api } from '../../lib/api';
import { SCREENS, type ScreenAfterSignIn, type Settings } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['screenAfterSignIn'];

/** Tenant-wide settings; ADMIN changes them, SUPERVISOR sees them disabled. */
export function SettingsSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [screen, setScreen] = useState<ScreenAfterSignIn | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, busy, run } = useSubmit(FIELDS);

  useEffect(() => {
    api.get<Settings>('/api/admin/settings').then((s) => setScreen(s.screenAfterSignIn), () => {});
  }, []);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (screen === null) return;
    setSaved(false);
    const ok = await run(async () => {
      const s = await api.put<Settings>('/api/admin/settings', { screenAfterSignIn: screen });
      if (s) setScreen(s.screenAfterSignIn);
    });
    setSaved(ok);
  };

  const choose = (value: ScreenAfterSignIn) => {
    setScreen(value);
    setSaved(false);
  };

  return (
    <section class="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <form class="stack" noValidate onSubmit={save}>
        <FormAlert codes={errors.general} />
        {screen !== null && (
          <SelectField
            label={t('screenAfterSignIn')}
            name="screenAfterSignIn"
            value={screen}
            options={SCREENS.map((s) => ({ value: s, label: screenLabel(t, s) }))}
            onChange={choose}
            disabled={!editable}
            error={errors.fields.screenAfterSignIn}
          />
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={!editable || busy || screen === null}>
            {t('saveSettings')}
          </button>
          <p role="status" class="notice-inline">
            {saved ? t('settingsSaved') : ''}
          </p>
        </div>
        {!editable && <p class="muted">{t('settingsReadOnly')}</p>}
      </form>
    </section>
  );
}
