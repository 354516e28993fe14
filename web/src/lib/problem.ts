/** RFC 9457 problem documents and their mapping onto form fields. */
export const ERROR_CODES = [
  'required',
  'tooShort',
  'tooLong',
  'invalidFormat',
  'duplicate',
  'unknownValue',
  'selfChange',
  'lastAdmin',
  'notFound',
  'wrong',
  'outOfRange',
  'beforeFirst',
  'tooMany',
  'includesExtension',
  'parkSlot',
  'unknownExtension',
  'inOtherGroup',
  'overflowCycle',
  'inUse',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string | null;
  code: string;
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors: FieldError[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads whatever the server sent; never throws, falls back to the HTTP status. */
export function parseProblem(httpStatus: number, body: unknown): Problem {
  if (!isRecord(body)) return { status: httpStatus, errors: [] };
  const errors: FieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (!isRecord(e) || typeof e.code !== 'string') continue;
      errors.push({ field: typeof e.field === 'string' && e.field !== '' ? e.field : null, code: e.code });
    }
  }
  return {
    status: typeof body.status === 'number' ? body.status : httpStatus,
    title: typeof body.title === 'string' ? body.title : undefined,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
  };
}

export interface FormErrors {
  /** First error code per known field. */
  fields: Record<string, string>;
  /** Codes that belong to no field on this form. */
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** Splits a problem into inline errors for the form's own fields and the rest. */
export function formErrors(problem: Problem, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const { field, code } of problem.errors) {
    if (field !== null && knownFields.includes(field)) {
      if (!(field in fields)) fields[field] = code;
    } else if (!general.includes(code)) {
      general.push(code);
    }
  }
  if (problem.errors.length === 0) general.push(statusCode(problem.status));
  return { fields, general };
}

/** A pseudo code for a problem without `errors`, translated like the others. */
function statusCode(status: number): string {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  return 'generic';
}

export function hasErrors(e: FormErrors): boolean {
  return e.general.length > 0 || Object.keys(e.fields).length > 0;
}
