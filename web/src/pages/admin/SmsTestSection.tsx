import { useState } from 'preact/hooks';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';

const FIELDS = ['to', 'body'] as const;

/** ADMIN sends one test SMS through the configured provider (and so to the dev phone in the demo). */
export function SmsTestSection({ onSent }: { onSent: () => void }) {
  const t = useT();
  const [to, setTo] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, busy, run } = useSubmit(FIELDS);

  const send = async (ev: Event) => {
    ev.preventDefault();
    setSent(false);
    if (await run(() => api.post('/api/admin/sms/test', { to, body }))) {
      setSent(true);
      onSent();
    }
  };

  return (
    <section class="card" aria-labelledby="sms-test-heading">
      <h2 id="sms-test-heading">{t('smsTestHeading')}</h2>
      <form class="stack" noValidate aria-label={t('smsTestHeading')} onSubmit={send}>
        <FormAlert codes={errors.general} />
        <TextField label={t('smsColTo')} name="to" value={to} onInput={setTo} inputMode="numeric" error={errors.fields.to}
          autoComplete="off" />
        <TextField label={t('smsColBody')} name="body" value={body} onInput={setBody} error={errors.fields.body} autoComplete="off" />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('smsTestSend')}
          </button>
        </div>
        {sent && <p role="status">{t('smsTestSent')}</p>}
      </form>
    </section>
  );
}
