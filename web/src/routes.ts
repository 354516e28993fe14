/** Which page a path shows. The server forwards these paths to index.html. */
export type PageId =
  | 'home'
  | 'login'
  | 'agent'
  | 'agentPhone'
  | 'admin'
  | 'adminPbx'
  | 'adminPhonebooks'
  | 'adminSms'
  | 'account'
  | 'diagAudio'
  | 'diagVideo'
  | 'devPhone'
  | 'notFound';

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
    case '/admin/phonebooks':
      return 'adminPhonebooks';
    case '/admin/sms':
      return 'adminSms';
    case '/account':
      return 'account';
    case '/diag/audio':
      return 'diagAudio';
    case '/diag/video':
      return 'diagVideo';
    case '/devphone':
      return 'devPhone';
    default:
      return 'notFound';
  }
}
