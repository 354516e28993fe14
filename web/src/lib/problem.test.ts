import { describe, expect, it } from 'vitest';
import { formErrors, hasErrors, parseProblem } from './problem';

describe('problem documents', () => {
  it('parses RFC 9457 with field errors', () => {
    const p = parseProblem(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Validation failed',
      errors: [
        { field: 'login', code: 'duplicate' },
        { field: 'extension', code: 'invalidFormat' },
      ],
    });
    expect(p).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Validation failed',
      errors: [
        { field: 'login', code: 'duplicate' },
        { field: 'extension', code: 'invalidFormat' },
      ],
    });
  });

  it('survives bodies that are not problems', () => {
    expect(parseProblem(502, undefined)).toEqual({ status: 502, errors: [] });
    expect(parseProblem(500, 'oops')).toEqual({ status: 500, errors: [] });
    expect(parseProblem(400, { errors: [null, { field: 'x' }, { field: '', code: 'required' }] }).errors).toEqual([
      { field: null, code: 'required' },
    ]);
  });

  it('puts errors next to known fields and the rest in general', () => {
    const p = parseProblem(400, {
      status: 400,
      errors: [
        { field: 'password', code: 'tooShort' },
        { field: 'password', code: 'invalidFormat' },
        { field: 'currentPassword', code: 'wrong' },
        { field: 'role', code: 'lastAdmin' },
        { code: 'selfChange' },
      ],
    });
    const e = formErrors(p, ['currentPassword', 'password']);
    expect(e.fields).toEqual({ password: 'tooShort', currentPassword: 'wrong' });
    expect(e.general).toEqual(['lastAdmin', 'selfChange']);
    expect(hasErrors(e)).toBe(true);
  });

  it('turns a bare status into one general error', () => {
    expect(formErrors(parseProblem(403, {}), ['name']).general).toEqual(['forbidden']);
    expect(formErrors(parseProblem(404, {}), ['name']).general).toEqual(['notFound']);
    expect(formErrors(parseProblem(500, {}), ['name']).general).toEqual(['generic']);
  });
});
