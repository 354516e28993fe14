import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { splitLinks } from '../../lib/devphone/links';
import type { DevPhoneMessage } from '../../lib/devphone/messages';

/** The list "Messages": each SMS a listitem, its text rendered as text with its http(s) links as anchors. */
export function MessageList({ messages }: { messages: readonly DevPhoneMessage[] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section class="card devphone-messages" aria-labelledby={id}>
      <h2 id={id}>{t('devMessages')}</h2>
      {messages.length === 0 && <p class="muted">{t('devMessagesEmpty')}</p>}
      <ul aria-labelledby={id} class="message-list">
        {messages.map((m) => (
          <li key={m.id}>
            <p class="muted message-meta">
              {t('devMessageFrom', { from: m.from })} · <time dateTime={m.at}>{formatTime(time, m.at)}</time>
            </p>
            <p class="message-body">
              {splitLinks(m.body).map((piece, i) =>
                piece.kind === 'link' ? (
                  <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer">
                    {piece.text}
                  </a>
                ) : (
                  piece.text
                ),
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatTime(format: Intl.DateTimeFormat, at: string): string {
  const when = new Date(at);
  return Number.isNaN(when.getTime()) ? at : format.format(when);
}
