import { describe, expect, it } from 'vitest';
import { fetchMessages } from './messages';

const answer = (status: number, body?: unknown) => (async () => new Response(body === undefined ? null : JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('dev phone messages', () => {
  it('lists what the server sent, dropping what is not a message', async () => {
    const messages = await fetchMessages('09012345678', answer(200, [
      { id: 2, from: '0501234567', to: '09012345678', body: 'Hi', status: 'DELIVERED', at: '2026-01-01T00:00:00Z' },
      { nope: true },
    ]));
    expect(messages?.map((m) => m.id)).toEqual([2]);
  });

  it('has nothing to show while the server has no SMS outbox', async () => {
    expect(await fetchMessages('09012345678', answer(404))).toBeNull();
    expect(await fetchMessages('09012345678', answer(401))).toBeNull();
  });

  it('fails on other errors so the page can keep the last list', async () => {
    await expect(fetchMessages('09012345678', answer(500))).rejects.toThrow('HTTP 500');
  });
});
