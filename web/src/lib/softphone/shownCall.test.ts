import { describe, expect, it } from 'vitest';
import type { CallView } from '../types';
import { keptWhileAway, lineStep, NO_CALL, shownCallStep, type ShownCall, type ShownCallEvent } from './shownCall';
import { view } from './testViews';

const run = (...events: ShownCallEvent[]): ShownCall => events.reduce(shownCallStep, NO_CALL);
const see = (v: CallView): ShownCallEvent => ({ type: 'view', view: v });

const connected = view('CONNECTED', { connectedAt: '2026-03-01T10:00:05Z', actions: ['HANG_UP', 'HOLD', 'MUTE', 'PARK'] });

describe('the shown call', () => {
  it('follows the views and says why a call ended', () => {
    const s = run(see(view('DIALING')), see(view('ENDED', { endCause: 'BUSY' })));
    expect(s.call?.state).toBe('ENDED');
    expect(s.endNotice).toEqual({ key: 'phoneEndBusy', tone: 'alert' });
    const next = shownCallStep(s, see(view('DIALING', { callId: 'c2' })));
    expect(next.endNotice).toBeNull();
  });

  it('goes back to Idle once the ended call is let go, and the history may have changed', () => {
    const ended = view('ENDED', { endCause: 'HANGUP' });
    const s = run(see(connected), see(ended));
    expect(shownCallStep(s, { type: 'letGo', call: view('ENDED') })).toBe(s);
    const idle = shownCallStep(s, { type: 'letGo', call: ended });
    expect(idle.call).toBeNull();
    expect(idle.historyVersion).toBe(s.historyVersion + 1);
  });

  it('keeps a parked call with its number until its own end', () => {
    const parked = view('PARKED', { parkNumber: 701, actions: [] });
    const s = run(see(connected), see(parked));
    expect(s.call).toMatchObject({ state: 'PARKED', parkNumber: 701 });
    expect(s.historyVersion).toBe(1);
    expect(s.endNotice).toBeNull();
    const picked = shownCallStep(s, see(view('ENDED', { endCause: 'PARKED' })));
    expect(picked.call?.state).toBe('ENDED');
    expect(picked.endNotice).toEqual({ key: 'phoneEndParkPickedUp', tone: 'info' });
  });

  it('lets the next call replace a parked one', () => {
    const s = run(see(connected), see(view('PARKED', { parkNumber: 701 })), see(view('RINGING', { callId: 'c2', direction: 'INCOMING' })));
    expect(s.call).toMatchObject({ callId: 'c2', state: 'RINGING' });
  });
});

describe('the shown call while the line drops and comes back', () => {
  it('keeps showing the call when the line (or the socket) drops', () => {
    const s = run(see(connected), { type: 'lineDropped' });
    expect(s.call).toBe(connected);
    expect(s.endNotice).toBeNull();
    expect(s.staleCallId).toBe('c1');
    expect(keptWhileAway(s)).toBe(true);
    expect(keptWhileAway(shownCallStep(s, see(connected)))).toBe(false);
  });

  it('ends the call with LINE_LOST when the server gave a new line (resumed: false)', () => {
    const s = run(see(connected), lineStep('dropped'), lineStep('replaced'));
    expect(s.call).toMatchObject({ callId: 'c1', state: 'ENDED', endCause: 'LINE_LOST', actions: [], transfer: null });
    expect(s.endNotice).toEqual({ key: 'phoneEndLineLost', tone: 'alert' });
    expect(s.staleCallId).toBeNull();
  });

  it('keeps the call when the line was resumed, and takes the view the server sends', () => {
    const resumed = run(see(connected), lineStep('dropped'), lineStep('resumed'));
    expect(resumed.call).toBe(connected);
    expect(resumed.awaitingView).toBe(true);
    const held = view('ON_HOLD', { heldByMe: true, heldAt: '2026-03-01T10:01:00Z' });
    const s = shownCallStep(resumed, see(held));
    expect(s.call).toBe(held);
    expect(s).toMatchObject({ staleCallId: null, awaitingView: false });
    // A late timeout changes nothing.
    expect(shownCallStep(s, { type: 'resumeTimeout' }).call).toBe(held);
  });

  it('the view may come before the answer is known: nothing is ended then', () => {
    const s = run(see(connected), { type: 'lineDropped' }, see(connected), { type: 'lineResumed' }, { type: 'resumeTimeout' });
    expect(s.call).toBe(connected);
    expect(s.awaitingView).toBe(false);
  });

  it('lets a resumed call go when its view never comes (it ended while the line was away)', () => {
    const s = run(see(connected), { type: 'lineDropped' }, { type: 'lineResumed' }, { type: 'resumeTimeout' });
    expect(s.call).toMatchObject({ state: 'ENDED', endCause: null });
    expect(s.endNotice).toEqual({ key: 'phoneEndWhileReconnecting', tone: 'info' });
  });

  it('a second drop before the view came waits again', () => {
    const s = run(see(connected), { type: 'lineDropped' }, { type: 'lineResumed' }, { type: 'lineDropped' }, { type: 'resumeTimeout' });
    expect(s.call).toBe(connected);
    expect(s.awaitingView).toBe(false);
    expect(shownCallStep(s, { type: 'lineLost' }).call?.endCause).toBe('LINE_LOST');
  });

  it('a line that failed for good loses the call', () => {
    const s = run(see(connected), lineStep('dropped'), lineStep('failed'));
    expect(s.call?.state).toBe('ENDED');
  });

  it('does not end a call that started on the new line before the answer was known', () => {
    const ringing = view('RINGING', { callId: 'c2', direction: 'INCOMING' });
    const s = run(see(connected), { type: 'lineDropped' }, see(ringing), { type: 'lineLost' });
    expect(s.call).toBe(ringing);
    expect(s.endNotice).toBeNull();
  });

  it('leaves ended, parked and absent calls alone', () => {
    expect(run({ type: 'lineDropped' }, { type: 'lineLost' })).toEqual(NO_CALL);
    const parked = view('PARKED', { parkNumber: 702 });
    const s = run(see(parked), { type: 'lineDropped' }, { type: 'lineLost' });
    expect(s.call).toBe(parked);
    const ended = view('ENDED', { endCause: 'BUSY' });
    expect(run(see(ended), { type: 'lineDropped' }, { type: 'lineLost' }).call).toBe(ended);
  });
});
