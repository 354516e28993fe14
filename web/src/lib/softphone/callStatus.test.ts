import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import type { CallView } from '../types';
import { callStatusKey, isActive, isRingingIn } from './callStatus';
import { view } from './testViews';

describe('call status', () => {
  const en = translator('en');
  const ja = translator('ja');
  const text = (call: CallView | null) => [en(callStatusKey(call)), ja(callStatusKey(call))];

  it('maps no call to Idle', () => {
    expect(text(null)).toEqual(['Idle', '待受中']);
  });

  it('maps each CallView state to the contract text', () => {
    expect(text(view('DIALING'))).toEqual(['Dialing', '発信中']);
    expect(text(view('RINGING', { direction: 'INCOMING' }))).toEqual(['Ringing', '着信中']);
    expect(text(view('CONNECTED'))).toEqual(['Connected', '通話中']);
    expect(text(view('ON_HOLD'))).toEqual(['On hold', '保留中']);
    expect(text(view('ENDED', { endCause: 'HANGUP' }))).toEqual(['Ended', '終了']);
  });

  it('says Parked for a parked call', () => {
    expect(text(view('PARKED', { parkNumber: 701 }))).toEqual(['Parked', 'パーク中']);
  });

  it('tells active and ringing calls apart', () => {
    expect(isActive(null)).toBe(false);
    expect(isActive(view('ENDED'))).toBe(false);
    expect(isActive(view('DIALING'))).toBe(true);
    expect(isActive(view('ON_HOLD'))).toBe(true);
    expect(isActive(view('PARKED', { parkNumber: 701 }))).toBe(false);
    expect(isRingingIn(view('RINGING', { direction: 'INCOMING' }))).toBe(true);
    expect(isRingingIn(view('RINGING', { direction: 'OUTGOING' }))).toBe(false);
    expect(isRingingIn(view('CONNECTED', { direction: 'INCOMING' }))).toBe(false);
  });
});
