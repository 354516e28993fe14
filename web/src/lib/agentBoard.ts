/** The live agent board's rows: merge one status change into the list. */
import type { AgentStatus } from './types';

function byLogin(a: AgentStatus, b: AgentStatus): number {
  return a.login < b.login ? -1 : a.login > b.login ? 1 : 0;
}

/** Replaces the agent's row (unless the change is older than it) or adds it in login order. */
export function mergeStatus(rows: AgentStatus[], change: AgentStatus): AgentStatus[] {
  const i = rows.findIndex((r) => r.accountId === change.accountId);
  if (i < 0) return [...rows, change].sort(byLogin);
  const current = rows[i];
  if (Date.parse(change.changedAt) < Date.parse(current.changedAt)) return rows;
  const next = [...rows];
  next[i] = change;
  return next;
}
