import { describe, expect, it } from 'vitest';
import type { CallView } from '../types';
import { controlsFor, type ControlInput } from './controls';
import { view } from './testViews';

const input = (call: CallView | null, extra: Partial<ControlInput> = {}): ControlInput => ({
  call,
  lineReady: true,
  number: '202',
  pending: false,
  ...extra,
});

describe('softphone controls', () => {
  it('idle: Call needs a number and a connected line; nothing else but entry, history and reload', () => {
    const c = controlsFor(input(null));
    expect(c).toMatchObject({ active: false, call: true, answer: false, hangUp: false, hold: false, mute: false });
    expect(c).toMatchObject({ numberEntry: true, history: true, reload: true, showResume: false, showUnmute: false });
    expect(controlsFor(input(null, { number: '  ' })).call).toBe(false);
    expect(controlsFor(input(null, { lineReady: false })).call).toBe(false);
    expect(controlsFor(input(null, { pending: true })).call).toBe(false);
  });

  it('dialing: only Hang up; no history, no reload', () => {
    const c = controlsFor(input(view('DIALING')));
    expect(c).toMatchObject({ active: true, call: false, answer: false, hangUp: true, hold: false, mute: false });
    expect(c).toMatchObject({ history: false, reload: false, numberEntry: true, dtmf: false });
  });

  it('ringing: Answer (pulsing) and Hang up; the number cannot be edited', () => {
    const c = controlsFor(input(view('RINGING', { direction: 'INCOMING' })));
    expect(c).toMatchObject({ ringing: true, answer: true, hangUp: true, call: false, hold: false, mute: false });
    expect(c.numberEntry).toBe(false);
    expect(controlsFor(input(view('RINGING', { direction: 'INCOMING' }), { lineReady: false })).answer).toBe(false);
  });

  it('connected: Hang up, Hold, Mute; digits go down the line', () => {
    const c = controlsFor(input(view('CONNECTED')));
    expect(c).toMatchObject({ hangUp: true, hold: true, resume: false, showResume: false, mute: true, showUnmute: false });
    expect(c).toMatchObject({ numberEntry: true, dtmf: true, call: false, answer: false });
    expect(controlsFor(input(view('CONNECTED', { muted: true }))).showUnmute).toBe(true);
  });

  it('on hold: Resume instead of Hold, Mute still works; the holder may dial a transfer target', () => {
    const c = controlsFor(input(view('ON_HOLD', { muted: true, heldByMe: true })));
    expect(c).toMatchObject({ showResume: true, resume: true, hold: false, mute: true, showUnmute: true, hangUp: true });
    expect(c).toMatchObject({ consult: true, numberEntry: true, call: true, dtmf: false, active: true, history: false });
    expect(controlsFor(input(view('ON_HOLD', { heldByMe: true }), { number: '' })).call).toBe(false);
    expect(controlsFor(input(view('ON_HOLD', { heldByMe: true }), { lineReady: false })).call).toBe(false);
    const consulting = view('ON_HOLD', { heldByMe: true, transfer: { kind: 'ATTENDED', stage: 'DIALING', digits: '' } });
    expect(controlsFor(input(consulting))).toMatchObject({ consult: false, call: false });
  });

  it('held by the other side: Resume shown but only the holder can use it; nothing to type', () => {
    const c = controlsFor(input(view('ON_HOLD', { heldByMe: false })));
    expect(c).toMatchObject({ showResume: true, resume: false, hangUp: true });
    expect(c).toMatchObject({ consult: false, numberEntry: false, call: false });
  });

  it('an older server (no actions): no park, transfer or conference', () => {
    const c = controlsFor(input(view('CONNECTED')));
    expect(c).toMatchObject({ park: false, transfer: false, conference: false, showConference: false });
  });

  it('ended: like idle again (Call works, e.g. to retry after Busy)', () => {
    const c = controlsFor(input(view('ENDED', { endCause: 'BUSY' })));
    expect(c).toMatchObject({ active: false, call: true, hangUp: false, history: true, reload: true, numberEntry: true });
  });

  it('a pending command disables the call buttons', () => {
    const c = controlsFor(input(view('CONNECTED'), { pending: true }));
    expect(c).toMatchObject({ hangUp: false, hold: false, mute: false });
    const all = controlsFor(input(view('CONNECTED', { actions: ['HANG_UP', 'PARK', 'TRANSFER', 'CONFERENCE'] }), { pending: true }));
    expect(all).toMatchObject({ hangUp: false, park: false, transfer: false, conference: false });
  });

  it('parked: the line is free again (Call, history, reload), no call buttons', () => {
    const c = controlsFor(input(view('PARKED', { parkNumber: 701, actions: [] })));
    expect(c).toMatchObject({ active: false, call: true, numberEntry: true, history: true, reload: true });
    expect(c).toMatchObject({ hangUp: false, hold: false, mute: false, park: false, transfer: false, dtmf: false });
  });
});

describe('softphone controls from the server\'s actions', () => {
  it('enables exactly what the server allows', () => {
    const c = controlsFor(input(view('CONNECTED', { actions: ['HANG_UP', 'HOLD', 'MUTE', 'PARK'] })));
    expect(c).toMatchObject({ hangUp: true, hold: true, mute: true, park: true, transfer: false, conference: false });
    const bare = controlsFor(input(view('CONNECTED', { actions: ['HANG_UP'] })));
    expect(bare).toMatchObject({ hangUp: true, hold: false, mute: false, park: false, dtmf: true });
  });

  it('answers only when offered and the line is up', () => {
    const ringing = view('RINGING', { direction: 'INCOMING', actions: ['ANSWER', 'HANG_UP'] });
    expect(controlsFor(input(ringing))).toMatchObject({ ringing: true, answer: true, hangUp: true });
    expect(controlsFor(input(ringing, { lineReady: false })).answer).toBe(false);
    expect(controlsFor(input({ ...ringing, actions: ['HANG_UP'] })).answer).toBe(false);
  });

  it('shows Resume when the server offers it', () => {
    const c = controlsFor(input(view('ON_HOLD', { heldByMe: true, actions: ['HANG_UP', 'RESUME', 'MUTE'] })));
    expect(c).toMatchObject({ showResume: true, resume: true, hold: false });
    const other = controlsFor(input(view('ON_HOLD', { heldByMe: false, actions: ['HANG_UP', 'MUTE'] })));
    expect(other).toMatchObject({ showResume: true, resume: false });
  });

  it('consultation: Transfer and Conference once the target answered; Hang up ends only the consultation', () => {
    const consulting = {
      remoteNumber: '203',
      parties: [{ number: '0312345678', name: null, state: 'ON_HOLD' as const }],
      transfer: { kind: 'ATTENDED' as const, stage: 'DIALING' as const, digits: '' },
    };
    const ringingTarget = controlsFor(input(view('DIALING', { ...consulting, actions: ['HANG_UP'] })));
    expect(ringingTarget).toMatchObject({ showConference: true, conference: false, transfer: false, hangUp: true, call: false });
    const answered = view('CONNECTED', {
      ...consulting,
      transfer: { kind: 'ATTENDED', stage: 'TALKING', digits: '' },
      actions: ['HANG_UP', 'MUTE', 'TRANSFER', 'CONFERENCE'],
    });
    expect(controlsFor(input(answered))).toMatchObject({ showConference: true, conference: true, transfer: true, hangUp: true });
  });

  it('a * transfer in progress: Transfer completes it', () => {
    const star = view('CONNECTED', { transfer: { kind: 'STAR', stage: 'DIALING', digits: '203' }, actions: ['HANG_UP', 'TRANSFER'] });
    expect(controlsFor(input(star))).toMatchObject({ transfer: true, showConference: false, dtmf: true });
  });

  it('an ended call offers nothing whatever its last actions said', () => {
    const c = controlsFor(input(view('ENDED', { actions: ['HANG_UP', 'PARK'] })));
    expect(c).toMatchObject({ hangUp: false, park: false, active: false });
  });
});
