import { describe, expect, it } from 'vitest';
import {
  compareExtensions,
  extensionChoices,
  memberSummary,
  numberOrText,
  parkingBody,
  parkingForm,
  toggleExtension,
  type PickupGroup,
} from './pbx';
import type { Account } from './types';

function account(id: number, name: string, extension: string | null): Account {
  return { id, login: `a${id}`, name, role: 'USER', extension, agent: true };
}

const ACCOUNTS = [
  account(1, 'Agent One', '201'),
  account(2, 'Admin', null),
  account(3, 'Agent Ten', '1001'),
  account(4, 'Agent Two', '202'),
  account(5, 'Short', '99'),
];

describe('the parking form', () => {
  it('shows the saved numbers as text and sends clean numbers as numbers', () => {
    const form = parkingForm({ parkFirst: 701, parkLast: 720, parkTimeoutSeconds: 300, guidanceLanguage: 'en' });
    expect(form).toEqual({ parkFirst: '701', parkLast: '720', parkTimeoutSeconds: '300', guidanceLanguage: 'en' });
    expect(parkingBody({ ...form, parkFirst: ' 801 ' })).toEqual({
      parkFirst: 801,
      parkLast: 720,
      parkTimeoutSeconds: 300,
      guidanceLanguage: 'en',
    });
  });

  it('leaves anything else for the server to judge', () => {
    expect(numberOrText('')).toBeNull();
    expect(numberOrText('  ')).toBeNull();
    expect(numberOrText('0701')).toBe('0701');
    expect(numberOrText('7a1')).toBe('7a1');
    expect(numberOrText('-5')).toBe('-5');
    expect(numberOrText('5.5')).toBe('5.5');
    expect(numberOrText('1234567890')).toBe('1234567890');
    expect(numberOrText('5')).toBe(5);
  });
});

describe('pickup group members', () => {
  it('sorts extensions as numbers', () => {
    expect(['1001', '202', '99', '201'].sort(compareExtensions)).toEqual(['99', '201', '202', '1001']);
  });

  it('offers every account extension with the other group it is in', () => {
    const groups: PickupGroup[] = [
      { id: 7, name: 'Sales', extensions: ['201'] },
      { id: 8, name: 'Support', extensions: ['202'] },
    ];
    expect(extensionChoices(ACCOUNTS, groups, 8)).toEqual([
      { extension: '99', name: 'Short', otherGroup: null },
      { extension: '201', name: 'Agent One', otherGroup: 'Sales' },
      { extension: '202', name: 'Agent Two', otherGroup: null },
      { extension: '1001', name: 'Agent Ten', otherGroup: null },
    ]);
    expect(extensionChoices(ACCOUNTS, groups, null).find((c) => c.extension === '202')?.otherGroup).toBe('Support');
  });

  it('toggles one extension, keeping the list sorted', () => {
    expect(toggleExtension(['202'], '1001', true)).toEqual(['202', '1001']);
    expect(toggleExtension(['202', '1001'], '99', true)).toEqual(['99', '202', '1001']);
    expect(toggleExtension(['99', '202'], '202', true)).toEqual(['99', '202']);
    expect(toggleExtension(['99', '202'], '99', false)).toEqual(['202']);
  });

  it('summarises members with their account names', () => {
    expect(memberSummary(['202', '201', '555'], ACCOUNTS)).toEqual(['201 Agent One', '202 Agent Two', '555']);
  });
});
