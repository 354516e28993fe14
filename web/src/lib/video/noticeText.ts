/** The words for why this tab's video stopped (VE-05, VE-08). Pure. */
import type { MessageKey } from '../../i18n/en';
import type { VideoNotice } from './videoPanel';
import type { VideoEndReason } from './videoView';

const REASONS: Record<VideoEndReason, MessageKey | null> = {
  agentEnded: null,
  customerEnded: 'veEndedCustomer',
  callEnded: 'veEndedCall',
  timeLimit: 'veEndedTimeLimit',
  replaced: 'veEndedReplaced',
};

/** The headline, an optional detail, and whether a new link is needed to see the customer again. */
export function noticeText(notice: VideoNotice): { key: MessageKey; detail: MessageKey | null; newLink: boolean } {
  switch (notice.kind) {
    case 'ended':
      return { key: 'veEnded', detail: notice.reason ? REASONS[notice.reason] : null, newLink: notice.reason !== 'callEnded' };
    case 'customerLeft':
      return { key: 'veCustomerLeft', detail: 'veCustomerLeftHint', newLink: false };
    case 'disconnected':
      return { key: 'veDisconnected', detail: null, newLink: false };
    case 'failed':
      return { key: 'veErrMedia', detail: null, newLink: false };
  }
}
