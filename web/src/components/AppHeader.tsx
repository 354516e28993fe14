import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';
import type { WsClient } from '../lib/ws';
import type { SignedIn } from '../lib/types';
import { ConnectionStatus } from './ConnectionStatus';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SignOutButton } from './SignOutButton';

interface Props {
  session: SignedIn;
  ws?: WsClient;
  /** Links to the other screens. */
  nav?: ComponentChildren;
}

/** The bar on every signed-in page: product, who is signed in, links, connection, language, sign out. */
export function AppHeader({ session, ws, nav }: Props) {
  const t = useT();
  const { account } = session;
  return (
    <header class="app-header">
      <div class="brand">{t('productName')}</div>
      <div class="who">
        <span class="who-name">{account.name}</span>{' '}
        <span class="who-ext">
          {account.extension ? t('extensionShort', { ext: account.extension }) : t('noExtension')}
        </span>
      </div>
      {nav && <nav class="app-nav">{nav}</nav>}
      <div class="header-tools">
        {ws && <ConnectionStatus ws={ws} />}
        <LanguageSwitcher />
        <SignOutButton csrf={session.csrf} />
      </div>
    </header>
  );
}
