/** JSON over fetch, with the session's CSRF header and typed problem errors. */
import { parseProblem, type Problem } from './problem';
import type { Csrf } from './types';
import { goToSignIn } from './signInRedirect';

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrf: Csrf | null = null;

/** Remembers the token from the latest `GET /api/session`. */
export function setCsrf(value: Csrf): void {
  csrf = value;
}

async function csrfToken(): Promise<Csrf> {
  if (csrf) return csrf;
  const res = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const session = (await res.json()) as { csrf: Csrf };
  csrf = session.csrf;
  return csrf;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const c = await csrfToken();
    headers[c.headerName] = c.token;
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    goToSignIn();
    throw new ApiError({ status: 401, errors: [] });
  }
  const text = await res.text();
  let json: unknown = undefined;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!res.ok) throw new ApiError(parseProblem(res.status, json));
  return json as T;
}

/** Sends a file as the request body (e.g. a CSV import) and reads the JSON reply. */
async function upload<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const c = await csrfToken();
  const res = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json, application/problem+json', 'Content-Type': contentType, [c.headerName]: c.token },
    credentials: 'same-origin',
    body: file,
  });
  if (res.status === 401) {
    goToSignIn();
    throw new ApiError({ status: 401, errors: [] });
  }
  let json: unknown = undefined;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (!res.ok) throw new ApiError(parseProblem(res.status, json));
  return json as T;
}

export const api = {
  upload,
  get: <T>(path: string) => request<T>('GET', path),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, body),
  del: (path: string) => request<void>('DELETE', path),
};

/** Problem of any thrown value (network failures become status 0). */
export function problemOf(err: unknown): Problem {
  if (err instanceof ApiError) return err.problem;
  return { status: 0, errors: [] };
}
