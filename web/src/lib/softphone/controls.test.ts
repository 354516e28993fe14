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

  it('on hold: Resume instead of Hold, Mute still works, no number entry', () => {
    const c = controlsFor(input(view('ON_HOLD', { muted: true, heldByMe: true })));
    expect(c).toMatchObject({ showResume: true, resume: true, hold: false, mute: true, showUnmute: true, hangUp: true });
    expect(c).toMatchObject({ numberEntry: false, dtmf: false });
  });

  it('held by the other side: Resume shown but only the holder can use it', () => {
    const c = controlsFor(input(view('ON_HOLD', { heldByMe: false })));
    expect(c).toMatchObject({ showResume: true, resume: false, hangUp: true });
  });

  it('ended: like idle again (Call works, e.g. to retry after Busy)', () => {
    const c = controlsFor(input(view('ENDED', { endCause: 'BUSY' })));
    expect(c).toMatchObject({ active: false, call: true, hangUp: false, history: true, reload: true, numberEntry: true });
  });

  it('a pending command disables the call buttons', () => {
    const c = controlsFor(input(view('CONNECTED'), { pending: true }));
    expect(c).toMatchObject({ hangUp: false, hold: false, mute: false });
  });
});
