import { describe, expect, it } from 'vitest';
import { mergeStatus } from './agentBoard';
import type { AgentStatus } from './types';

const row = (accountId: number, login: string, status: AgentStatus['status'], changedAt: string): AgentStatus => ({
  accountId,
  login,
  name: login,
  extension: null,
  status,
  changedAt,
});

describe('agent board rows', () => {
  const rows = [row(1, 'alice', 'AVAILABLE', '2026-01-01T10:00:00Z'), row(3, 'carol', 'BREAK', '2026-01-01T10:00:00Z')];

  it('updates the agent in place', () => {
    const next = mergeStatus(rows, row(3, 'carol', 'OFFLINE', '2026-01-01T10:05:00Z'));
    expect(next.map((r) => r.status)).toEqual(['AVAILABLE', 'OFFLINE']);
    expect(rows[1].status).toBe('BREAK');
  });

  it('adds a new agent in login order', () => {
    const next = mergeStatus(rows, row(2, 'bob', 'AVAILABLE', '2026-01-01T10:05:00Z'));
    expect(next.map((r) => r.login)).toEqual(['alice', 'bob', 'carol']);
  });

  it('ignores a change older than what it shows', () => {
    expect(mergeStatus(rows, row(1, 'alice', 'OFFLINE', '2026-01-01T09:00:00Z'))).toBe(rows);
  });
});
