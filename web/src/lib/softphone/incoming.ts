/** The browser notification for an incoming call (SP-05). Pure text. */
import type { Translate } from '../../i18n';
import type { CallView } from '../types';

/** "Incoming call from NAME (NUMBER)", or without the name when there is none. */
export function incomingCallText(t: Translate, call: Pick<CallView, 'remoteName' | 'remoteNumber'>): string {
  const name = call.remoteName?.trim();
  return name && name !== call.remoteNumber
    ? t('phoneIncomingFrom', { name, number: call.remoteNumber })
    : t('phoneIncomingFromNumber', { number: call.remoteNumber });
}
