import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';
import type { SignedIn } from '../lib/types';
import { AppHeader } from './AppHeader';

/** The frame of an admin sub-page (`/admin/…`): the header with links back, the page heading, its sections. */
export function AdminShell({ session, title, children }: { session: SignedIn; title: string; children: ComponentChildren }) {
  const t = useT();
  return (
    <>
      <AppHeader
        session={session}
        nav={
          <>
            <a href="/agent">{t('linkWorkspace')}</a>
            <a href="/admin">{t('linkAdmin')}</a>
          </>
        }
      />
      <main class="page admin">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
