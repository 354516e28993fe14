import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import type { CallTransfer } from '../types';
import { transferText } from './transferText';

const en = translator('en');
const ja = translator('ja');
const call = (transfer: CallTransfer | null, remoteNumber = '0312345678') => ({ transfer, remoteNumber });

describe('transfer progress', () => {
  it('says nothing without a transfer', () => {
    expect(transferText(en, call(null))).toBeNull();
  });

  it('asks for the number, with the digits keyed so far', () => {
    expect(transferText(en, call({ kind: 'STAR', stage: 'COLLECTING', digits: '' }))).toBe('* transfer: enter the number');
    expect(transferText(en, call({ kind: 'HASH', stage: 'COLLECTING', digits: '20' }))).toBe('# transfer: enter the number – 20');
    expect(transferText(ja, call({ kind: 'HASH', stage: 'COLLECTING', digits: '' }))).toBe('#転送: 転送先の番号を入力してください');
  });

  it('names the target while it rings (keyed digits, else the remote party)', () => {
    expect(transferText(en, call({ kind: 'STAR', stage: 'DIALING', digits: '203#' }))).toBe('* transfer to 203…');
    expect(transferText(en, call({ kind: 'ATTENDED', stage: 'DIALING', digits: '' }, '203'))).toBe('Transfer to 203…');
    expect(transferText(ja, call({ kind: 'ATTENDED', stage: 'DIALING', digits: '' }, '203'))).toBe('転送: 203 を呼び出し中…');
  });

  it('says what to do once the target answered', () => {
    expect(transferText(en, call({ kind: 'STAR', stage: 'TALKING', digits: '203' }))).toBe(
      '* transfer to 203: answered. Hang up to complete the transfer.',
    );
    expect(transferText(en, call({ kind: 'ATTENDED', stage: 'TALKING', digits: '' }, '203'))).toBe(
      'Transfer to 203: answered. Transfer hands the call over; Hang up returns to the held call.',
    );
  });
});
