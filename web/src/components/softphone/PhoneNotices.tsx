import { useT, type MessageKey } from '../../i18n';
import type { Notice } from '../../lib/softphone/messages';
import type { PhoneLegFailure } from '../../lib/softphone/phoneLeg';

const FAILURE_KEYS: Record<PhoneLegFailure, MessageKey> = {
  micDenied: 'phoneErrMicDenied',
  micMissing: 'phoneErrMicMissing',
  micBusy: 'phoneErrMicBusy',
  unsupported: 'phoneErrUnsupported',
  noExtension: 'phoneErrNoExtension',
  rejected: 'phoneErrRejected',
  numberTaken: 'devErrNumberTaken',
  invalidNumber: 'devErrInvalidNumber',
  companyNumber: 'devErrCompanyNumber',
};

interface Props {
  /** Why the line is down for good. */
  failure: PhoneLegFailure | null;
  /** A refused command (e.g. a number that cannot be dialled). */
  error: MessageKey | null;
  /** Why the last call ended. */
  endNotice: Notice | null;
}

/** What went wrong (role=alert) and plain facts about the last call (role=status). */
export function PhoneNotices({ failure, error, endNotice }: Props) {
  const t = useT();
  return (
    <>
      {failure && (
        <p role="alert" class="form-alert">
          {t(FAILURE_KEYS[failure])}
        </p>
      )}
      {error && (
        <p role="alert" class="form-alert">
          {t(error)}
        </p>
      )}
      {endNotice &&
        (endNotice.tone === 'alert' ? (
          <p role="alert" class="form-alert end-notice">
            {t(endNotice.key)}
          </p>
        ) : (
          <p role="status" class="notice end-notice">
            {t(endNotice.key)}
          </p>
        ))}
    </>
  );
}
