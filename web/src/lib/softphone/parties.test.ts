import { describe, expect, it } from 'vitest';
import { callParties, remoteRole, whoText } from './parties';
import { view } from './testViews';

const caller = { number: '0312345678', name: 'Sato', state: 'ON_HOLD' as const };

describe('who the softphone shows', () => {
  it('a plain call: the remote party alone', () => {
    expect(callParties(view('CONNECTED'))).toEqual({
      shape: 'twoParty',
      remote: [{ number: '202', name: 'Agent Two' }],
      others: [],
    });
  });

  it('a consultation: the target as remote party, the held caller among the others', () => {
    const consulting = view('CONNECTED', {
      remoteNumber: '203',
      remoteName: 'Agent Three',
      parties: [caller],
      transfer: { kind: 'ATTENDED', stage: 'TALKING', digits: '' },
    });
    expect(callParties(consulting)).toEqual({ shape: 'consultation', remote: [{ number: '203', name: 'Agent Three' }], others: [caller] });
    // Still a consultation while the target rings, even without a transfer object.
    expect(callParties(view('DIALING', { remoteNumber: '203', parties: [caller] })).shape).toBe('consultation');
  });

  it('names the remote party a transfer target only for the line that transfers', () => {
    const transferring = view('CONNECTED', {
      remoteNumber: '203',
      parties: [caller],
      heldByMe: true,
      transfer: { kind: 'ATTENDED', stage: 'TALKING', digits: '' },
    });
    expect(remoteRole(transferring, callParties(transferring).shape)).toBe('transferTarget');
    const dialling = view('DIALING', { remoteNumber: '203', parties: [caller], heldByMe: true });
    expect(remoteRole(dialling, callParties(dialling).shape)).toBe('transferTarget');
    // The target: rung by 201 while the caller waits on hold; 201 is its caller.
    const target = view('RINGING', { direction: 'INCOMING', remoteNumber: '201', parties: [caller] });
    expect(callParties(target).shape).toBe('consultation');
    expect(remoteRole(target, callParties(target).shape)).toBe('caller');
    expect(remoteRole({ ...target, state: 'CONNECTED' }, 'consultation')).toBe('caller');
    expect(remoteRole(view('CONNECTED'), 'twoParty')).toBe('dialled');
    expect(remoteRole(view('CONNECTED'), 'conference')).toBe('threeWay');
  });

  it('a three-way call: every participant is a remote party', () => {
    const conference = view('CONNECTED', { remoteNumber: '203', remoteName: 'Agent Three', parties: [{ ...caller, state: 'CONNECTED' }] });
    const who = callParties(conference);
    expect(who.shape).toBe('conference');
    expect(who.remote.map(whoText)).toEqual(['Agent Three 203', 'Sato 0312345678']);
    expect(who.others).toEqual([]);
  });

  it('does not show the remote party twice when a server lists it among the parties', () => {
    const v = view('CONNECTED', { parties: [{ number: '202', name: 'Agent Two', state: 'CONNECTED' }] });
    expect(callParties(v)).toMatchObject({ shape: 'twoParty', others: [] });
  });

  it('writes a party as name and number, or the number alone', () => {
    expect(whoText({ number: '202', name: 'Agent Two' })).toBe('Agent Two 202');
    expect(whoText({ number: '202', name: null })).toBe('202');
    expect(whoText({ number: '202', name: ' 202 ' })).toBe('202');
  });
});
