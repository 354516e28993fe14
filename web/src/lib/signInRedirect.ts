/**
 * Sends the tab to /login when its session is gone, unless the tab is already leaving: a sign-out
 * form post ends the session, which closes the socket, and chasing that close with our own
 * navigation would race the server's `/login?logout` redirect.
 */
let leaving = false;

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', () => {
    leaving = true;
  });
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}

export function goToSignIn(): void {
  if (!leaving) location.assign('/login');
}
