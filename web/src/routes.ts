/** Which page a path shows. The server forwards these paths to index.html. */
export type PageId =
  | 'home'
  | 'login'
  | 'agent'
  | 'agentPhone'
  | 'admin'
  | 'adminPbx'
  | 'adminPhonebooks'
  | 'adminTags'
  | 'adminSms'
  | 'adminSip'
  | 'adminCallCenters'
  | 'account'
  | 'history'
  | 'diagAudio'
  | 'diagVideo'
  | 'devPhone'
  | 'customerVideo'
  | 'notFound';

/** `/v/{token}`: the customer's video page (any token shape: the server says whether it opens a room). `/v/ws` is its socket. */
export function videoToken(pathname: string): string | null {
  const m = /^\/v\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  return m && m[1] !== 'ws' ? (m[1] ?? null) : null;
}

export function pageFor(pathname: string): PageId {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
    case '/index.html':
      return 'home';
    case '/login':
      return 'login';
    case '/agent':
      return 'agent';
    case '/agent/phone':
      return 'agentPhone';
    case '/admin':
      return 'admin';
    case '/admin/pbx':
      return 'adminPbx';
    case '/admin/sip':
      return 'adminSip';
    case '/admin/phonebooks':
      return 'adminPhonebooks';
    case '/admin/tags':
      return 'adminTags';
    case '/admin/sms':
      return 'adminSms';
    case '/admin/call-centers':
      return 'adminCallCenters';
    case '/account':
      return 'account';
    case '/history':
      return 'history';
    case '/diag/audio':
      return 'diagAudio';
    case '/diag/video':
      return 'diagVideo';
    case '/devphone':
      return 'devPhone';
    default:
      return videoToken(path) ? 'customerVideo' : 'notFound';
  }
}
