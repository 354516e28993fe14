import { describe, expect, it } from 'vitest';
import { isNewCall, justConnected, justEnded, justParked, nextCall } from './currentCall';
import { view } from './testViews';

describe('the current call', () => {
  it('follows the same call through its states', () => {
    const dialing = view('DIALING');
    const connected = view('CONNECTED', { connectedAt: '2026-03-01T10:00:05Z' });
    expect(nextCall(null, dialing)).toBe(dialing);
    expect(nextCall(dialing, connected)).toBe(connected);
    const ended = view('ENDED', { endCause: 'HANGUP' });
    expect(nextCall(connected, ended)).toBe(ended);
  });

  it('shows a call that ended at once (a busy callee)', () => {
    const busy = view('ENDED', { endCause: 'BUSY' });
    expect(nextCall(null, busy)).toBe(busy);
    expect(justEnded(null, busy)).toBe(true);
  });

  it('lets a new call replace one that has ended', () => {
    const ended = view('ENDED', { endCause: 'HANGUP' });
    const ringing = view('RINGING', { callId: 'c2', direction: 'INCOMING' });
    expect(nextCall(ended, ringing)).toBe(ringing);
    expect(isNewCall(ended, ringing)).toBe(true);
  });

  it('ignores the end of another call while one is in progress', () => {
    const connected = view('CONNECTED');
    const other = view('ENDED', { callId: 'old', endCause: 'MISSED' });
    expect(nextCall(connected, other)).toBe(connected);
  });

  it('keeps a parked call (and its park number) until its own end or the next call', () => {
    const parked = view('PARKED', { parkNumber: 701 });
    expect(justParked(view('CONNECTED'), parked)).toBe(true);
    expect(justParked(parked, parked)).toBe(false);
    expect(nextCall(view('CONNECTED'), parked)).toBe(parked);
    const pickedUp = view('ENDED', { endCause: 'PARKED' });
    expect(nextCall(parked, pickedUp)).toBe(pickedUp);
    expect(justEnded(parked, pickedUp)).toBe(true);
    const next = view('DIALING', { callId: 'c2', remoteNumber: '203' });
    expect(nextCall(parked, next)).toBe(next);
    expect(isNewCall(parked, next)).toBe(true);
    // The parked call's end while the next call goes on does not disturb it.
    expect(nextCall(next, pickedUp)).toBe(next);
    expect(isNewCall(null, parked)).toBe(false);
  });

  it('tells when a call ends, starts or connects', () => {
    const dialing = view('DIALING');
    const connected = view('CONNECTED');
    const held = view('ON_HOLD');
    const ended = view('ENDED');
    expect(justEnded(connected, ended)).toBe(true);
    expect(justEnded(ended, ended)).toBe(false);
    expect(justEnded(ended, view('ENDED', { endCause: 'BUSY' }))).toBe(true);
    expect(justEnded(connected, connected)).toBe(false);
    expect(isNewCall(null, dialing)).toBe(true);
    expect(isNewCall(dialing, connected)).toBe(false);
    expect(isNewCall(null, ended)).toBe(false);
    expect(justConnected(dialing, connected)).toBe(true);
    expect(justConnected(held, connected)).toBe(false);
    expect(justConnected(connected, connected)).toBe(false);
    expect(justConnected(null, connected)).toBe(true);
  });
});
