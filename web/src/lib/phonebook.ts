/** Phonebooks in the admin screen (`/api/admin/phonebooks/{book}/…`) and the caller lookup. */
import type { Problem } from './problem';
import type { Account } from './types';

export interface PhonebookEntry {
  id: number;
  /** `common` or the extension whose own book it is. */
  book: string;
  number: string;
  name: string;
  nameKana: string | null;
  company: string | null;
  memo: string | null;
}

export interface PhonebookPage {
  entries: PhonebookEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Imported {
  added: number;
  updated: number;
  removed: number;
}

export const COMMON_BOOK = 'common';
export const ENTRY_FIELDS = ['number', 'name', 'nameKana', 'company', 'memo'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
export type EntryForm = Record<EntryField, string>;

export function entryForm(e?: PhonebookEntry): EntryForm {
  return { number: e?.number ?? '', name: e?.name ?? '', nameKana: e?.nameKana ?? '', company: e?.company ?? '', memo: e?.memo ?? '' };
}

/** The books an administrator can open: the common one, then each extension of an account, in order. */
export function bookChoices(accounts: readonly Account[]): { book: string; extension: string | null; name: string | null }[] {
  const own = accounts
    .filter((a) => a.extension)
    .map((a) => ({ book: a.extension as string, extension: a.extension as string, name: a.name }))
    .sort((a, b) => a.book.localeCompare(b.book, 'en', { numeric: true }));
  return [{ book: COMMON_BOOK, extension: null, name: null }, ...own];
}

export function pageCount(page: PhonebookPage): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}

/** One refused row of an import: its data-row number (from 1), the column, and why. */
export interface ImportProblem {
  row: number | null;
  field: string | null;
  code: string;
}

const ROW_FIELD = /^rows\[(\d+)\]\.(\w+)$/;
const HEADER_FIELD = /^header(?:\[(\d+)\]|\.(\w+))$/;

/** The import's problems in file order: row problems name their row and column; header ones their column. */
export function importProblems(problem: Problem): ImportProblem[] {
  return problem.errors.map(({ field, code }) => {
    const row = field ? ROW_FIELD.exec(field) : null;
    if (row) return { row: Number(row[1]), field: row[2], code };
    const header = field ? HEADER_FIELD.exec(field) : null;
    if (header) return { row: 0, field: header[2] ?? `#${header[1]}`, code };
    return { row: null, field: null, code };
  });
}
