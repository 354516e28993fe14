/** Session bootstrap: every page asks `GET /api/session` first. */
import { useEffect, useState } from 'preact/hooks';
import { setCsrf } from './api';
import type { Session, SignedIn } from './types';
import { goToSignIn } from './signInRedirect';

export async function fetchSession(): Promise<Session> {
  const res = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/session: HTTP ${res.status}`);
  const session = (await res.json()) as Session;
  setCsrf(session.csrf);
  return session;
}

/** Any session (for pages anyone may see), or null while loading. */
export function useSession(): Session | null {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const load = (delayMs: number) => {
      fetchSession().then(
        (s) => !cancelled && setSession(s),
        () => {
          // server restarting or network down: try again, a little slower each time
          if (!cancelled) timer = setTimeout(() => load(Math.min(delayMs * 2, 10000)), delayMs);
        },
      );
    };
    load(1000);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  return session;
}

/** A signed-in session for a protected page; without one the browser goes to /login. */
export function useSignedIn(): SignedIn | null {
  const session = useSession();
  const signedIn = session?.authenticated ? session : null;
  useEffect(() => {
    if (session && !session.authenticated) goToSignIn();
  }, [session]);
  return signedIn;
}
