import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { WsError } from '../ws';
import { commandErrorKey, endCauseNotice } from './messages';

const en = translator('en');
const ja = translator('ja');

describe('end-cause notices', () => {
  const texts = (cause: Parameters<typeof endCauseNotice>[0]) => {
    const n = endCauseNotice(cause);
    return n ? [en(n.key), ja(n.key), n.tone] : null;
  };

  it('names the contract causes', () => {
    expect(texts('BUSY')).toEqual(['Busy', '話し中', 'alert']);
    expect(texts('NO_ANSWER')).toEqual(['No answer', '応答なし', 'alert']);
    expect(texts('UNAVAILABLE')).toEqual(['Not available', '不在', 'alert']);
    expect(texts('ANSWERED_ELSEWHERE')).toEqual(['Answered on another tab', '他のタブで応答しました', 'info']);
  });

  it('explains a lost line and a missed call', () => {
    expect(endCauseNotice('LINE_LOST')?.tone).toBe('alert');
    expect(endCauseNotice('MISSED')?.tone).toBe('info');
  });

  it('explains the Step 4 causes: facts as info, a lost caller as alert', () => {
    expect(texts('TRANSFERRED')).toEqual(['Call transferred.', '転送しました。', 'info']);
    expect(texts('PARKED')).toEqual(['The parked call was picked up.', 'パーク保留中の通話が応答されました。', 'info']);
    expect(texts('PARK_TIMEOUT')?.[2]).toBe('alert');
    expect(texts('TRANSFER_FAILED')).toEqual([
      'The transfer failed: the target was busy or did not answer.',
      '転送できませんでした（転送先が話し中または応答なし）。',
      'alert',
    ]);
    expect(texts('NOTHING_TO_PICK_UP')).toEqual(['There is no call to pick up in your pickup group.', 'ピックアップできる着信がありません。', 'alert']);
    expect(texts('PARK_SLOT_EMPTY')).toEqual(['No call is parked at that number.', 'そのパーク番号に保留中の通話はありません。', 'alert']);
  });

  it('says nothing for a plain hang-up', () => {
    expect(endCauseNotice('HANGUP')).toBeNull();
    expect(endCauseNotice(null)).toBeNull();
  });
});

describe('command errors', () => {
  const text = (err: unknown) => [en(commandErrorKey(err)), ja(commandErrorKey(err))];

  it('translates the dial refusals by their message key', () => {
    expect(text(new WsError('invalidPayload', 'invalidNumber'))).toEqual(['That is not a number we can dial.', '発信できない番号です。']);
    expect(text(new WsError('invalidPayload', 'notAvailable'))).toEqual([
      'A transfer to an outside number is not available.',
      '外線番号への転送は利用できません。',
    ]);
    expect(commandErrorKey(new WsError('invalidPayload', 'lineBusy'))).toBe('phoneErrLineBusy');
    expect(commandErrorKey(new WsError('invalidPayload', 'notConnected'))).toBe('phoneErrNotConnected');
    expect(text(new WsError('invalidPayload', 'nothingToPickUp'))).toEqual([
      'There is no call to pick up in your pickup group.',
      'ピックアップできる着信がありません。',
    ]);
    expect(text(new WsError('invalidPayload', 'parkSlotEmpty'))).toEqual(['No call is parked at that number.', 'そのパーク番号に保留中の通話はありません。']);
    expect(text(new WsError('invalidPayload', 'ownNumber'))).toEqual([
      'That is your own number: you cannot call or transfer to it.',
      '自分の番号には発信も転送もできません。',
    ]);
  });

  it('explains transport failures', () => {
    expect(commandErrorKey(new WsError('notConnected'))).toBe('phoneErrNotConnected');
    expect(commandErrorKey(new WsError('disconnected'))).toBe('phoneErrNotConnected');
    expect(commandErrorKey(new WsError('timeout'))).toBe('phoneErrTimeout');
  });

  it('falls back to a generic text', () => {
    expect(commandErrorKey(new WsError('invalidPayload', '"callId" is required'))).toBe('phoneErrAction');
    expect(commandErrorKey(new WsError('internal'))).toBe('phoneErrAction');
    expect(commandErrorKey(new Error('x'))).toBe('phoneErrAction');
  });
});
