import { useEffect, useMemo, useState } from 'preact/hooks';
import { DevPhone } from '../components/devphone/DevPhone';
import { MessageList } from '../components/devphone/MessageList';
import { useMessages } from '../components/devphone/useMessages';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useT } from '../i18n';
import { initialNumber } from '../lib/devphone/number';
import { WsClient } from '../lib/ws';

/** The dev phone's own socket: no session, so none of `/ws`'s sign-in checks (docs/protocol.md, "Dev phone"). */
export function devPhoneWsUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/devphone/ws`;
}

/** `/devphone` (demo mode only): a customer's phone on the virtual network, with the SMS sent to it (PL-03). */
export function DevPhonePage() {
  const t = useT();
  const ws = useMemo(() => new WsClient({ url: devPhoneWsUrl(location) }), []);
  const [registered, setRegistered] = useState<string | null>(null);
  const messages = useMessages(registered);
  useEffect(() => {
    ws.start();
    return () => ws.stop();
  }, [ws]);
  return (
    <>
      <header class="app-header">
        <div class="brand">{t('productName')}</div>
        <div class="header-tools">
          <LanguageSwitcher />
        </div>
      </header>
      <main class="page page-devphone">
        <h1>{t('devTitle')}</h1>
        <p class="muted">{t('devIntro')}</p>
        <DevPhone ws={ws} initialNumber={initialNumber(location.search)} onRegistered={setRegistered} />
        <MessageList messages={messages} />
      </main>
    </>
  );
}
