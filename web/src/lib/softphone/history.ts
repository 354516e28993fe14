/** The softphone's call history (SP-14): `GET /api/phone/history`, 9 entries a page, newest first. */
import { api } from '../api';
import type { HistoryKind, HistoryPage } from '../types';

export function historyPath(kind: HistoryKind, page: number): string {
  return `/api/phone/history?kind=${kind}&page=${Math.max(0, Math.floor(page))}`;
}

export function fetchHistory(kind: HistoryKind, page: number): Promise<HistoryPage> {
  return api.get<HistoryPage>(historyPath(kind, page));
}
