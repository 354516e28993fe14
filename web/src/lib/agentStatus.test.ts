import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrf } from './api';
import { setMyStatus } from './agentStatus';
import { WsError, type WsClient } from './ws';

const result = { accountId: 1, login: 'a', name: 'A', extension: null, status: 'BREAK', changedAt: '2026-01-01T00:00:00Z' };

function fakeWs(state: WsClient['connectionState'], request: () => Promise<unknown>) {
  return { connectionState: state, request } as unknown as Pick<WsClient, 'connectionState' | 'request'>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('setting my status', () => {
  it('uses the socket when it is open', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const request = vi.fn(() => Promise.resolve(result));
    await expect(setMyStatus(fakeWs('open', request), 'BREAK')).resolves.toEqual(result);
    expect(request).toHaveBeenCalledWith('agent.status.set', { status: 'BREAK' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to PUT /api/me/status with the CSRF header when the socket cannot carry it', async () => {
    setCsrf({ headerName: 'X-CSRF-TOKEN', parameterName: '_csrf', token: 'tok' });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(result), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const request = vi.fn(() => Promise.reject(new WsError('disconnected')));
    await expect(setMyStatus(fakeWs('open', request), 'BREAK')).resolves.toEqual(result);
    await expect(setMyStatus(fakeWs('reconnecting', request), 'BREAK')).resolves.toEqual(result);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/me/status');
    expect(init.method).toBe('PUT');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-CSRF-TOKEN']).toBe('tok');
    expect(JSON.parse(init.body as string)).toEqual({ status: 'BREAK' });
  });

  it('passes on a refusal from the server instead of retrying over HTTP', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const request = vi.fn(() => Promise.reject(new WsError('invalidPayload')));
    await expect(setMyStatus(fakeWs('open', request), 'BREAK')).rejects.toMatchObject({ code: 'invalidPayload' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns an HTTP problem into an ApiError with field errors', async () => {
    setCsrf({ headerName: 'X-CSRF-TOKEN', parameterName: '_csrf', token: 'tok' });
    const body = { status: 400, errors: [{ field: 'status', code: 'unknownValue' }] };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })));
    await expect(setMyStatus(fakeWs('closed', vi.fn()), 'BREAK')).rejects.toMatchObject({
      name: 'ApiError',
      problem: { status: 400, errors: [{ field: 'status', code: 'unknownValue' }] },
    });
  });
});
