import { describe, expect, it } from 'vitest';
import { bookChoices, entryForm, importProblems, pageCount } from './phonebook';
import type { Account } from './types';

const account = (login: string, extension: string | null, name = login) => ({ id: 1, login, name, role: 'USER', extension }) as unknown as Account;

describe('phonebook', () => {
  it('offers the common book, then each extension in numeric order', () => {
    const choices = bookChoices([account('b', '1002'), account('a', '201', 'Agent One'), account('admin', null)]);
    expect(choices.map((c) => c.book)).toEqual(['common', '201', '1002']);
    expect(choices[1]).toEqual({ book: '201', extension: '201', name: 'Agent One' });
  });

  it('names each import problem by row and column', () => {
    const lines = importProblems({
      status: 400,
      errors: [
        { field: 'rows[2].number', code: 'invalidFormat' },
        { field: 'header[3]', code: 'unknownValue' },
        { field: 'header.name', code: 'required' },
        { field: 'file', code: 'tooLong' },
      ],
    });
    expect(lines).toEqual([
      { row: 2, field: 'number', code: 'invalidFormat' },
      { row: 0, field: '#3', code: 'unknownValue' },
      { row: 0, field: 'name', code: 'required' },
      { row: null, field: null, code: 'tooLong' },
    ]);
  });

  it('fills the form from an entry and counts pages', () => {
    expect(entryForm()).toEqual({ number: '', name: '', nameKana: '', company: '', memo: '' });
    expect(entryForm({ id: 1, book: 'common', number: '03', name: 'N', nameKana: null, company: 'C', memo: null }).company).toBe('C');
    expect(pageCount({ entries: [], total: 0, page: 1, pageSize: 50 })).toBe(1);
    expect(pageCount({ entries: [], total: 101, page: 1, pageSize: 50 })).toBe(3);
  });
});
