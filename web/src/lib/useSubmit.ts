/** Busy flag and server errors for a form whose submit calls the API. */
import { useState } from 'preact/hooks';
import { problemOf } from './api';
import { formErrors, NO_ERRORS, type FormErrors } from './problem';

export interface Submit {
  errors: FormErrors;
  busy: boolean;
  /** Runs `action`; on failure shows its problem on the form. Resolves true on success. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

export function useSubmit(knownFields: readonly string[]): Submit {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await action();
      return true;
    } catch (err) {
      setErrors(formErrors(problemOf(err), knownFields));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run, clear: () => setErrors(NO_ERRORS) };
}
