import { useEffect } from 'preact/hooks';
import { Loading } from '../components/Loading';
import { useSession } from '../lib/session';

/** `/`: straight on to the account's landing page, or to sign-in. */
export function HomePage() {
  const session = useSession();
  useEffect(() => {
    if (session) location.replace(session.authenticated ? session.landing : '/login');
  }, [session]);
  return (
    <main class="page page-narrow">
      <Loading />
    </main>
  );
}
