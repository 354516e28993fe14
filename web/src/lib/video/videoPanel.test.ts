import { describe, expect, it } from 'vitest';
import { roomChange, stageShown, videoPanel, type PanelInput } from './videoPanel';
import { roomView } from './testRooms';

const view = roomView;

const base: PanelInput = { callId: 'c1', statusFor: 'c1', room: null, inRoom: false, choice: 'join' };

describe('videoPanel', () => {
  it('needs an active call, then the call’s video status', () => {
    expect(videoPanel({ ...base, callId: null })).toEqual({ kind: 'noCall' });
    expect(videoPanel({ ...base, statusFor: 'c0' })).toEqual({ kind: 'loading' });
    expect(videoPanel(base)).toEqual({ kind: 'form' });
  });

  it('shows waiting, then the room, while this tab is in it', () => {
    expect(videoPanel({ ...base, room: view(), inRoom: true }).kind).toBe('waiting');
    expect(videoPanel({ ...base, room: view({ state: 'ACTIVE' }), inRoom: true }).kind).toBe('inRoom');
    // The phone call may have left this line (a transfer) while the room goes on.
    expect(videoPanel({ ...base, callId: null, room: view({ state: 'ACTIVE' }), inRoom: true }).kind).toBe('inRoom');
  });

  it('offers the transferred call’s room, joining by default, the SMS form on “Start a new video call”', () => {
    const room = view({ state: 'ACTIVE', mine: false, customerPresent: true });
    expect(videoPanel({ ...base, room })).toEqual({ kind: 'transfer', room, form: false });
    expect(videoPanel({ ...base, room, choice: 'new' })).toEqual({ kind: 'transfer', room, form: true });
  });

  it('offers to join again this account’s own live room', () => {
    expect(videoPanel({ ...base, room: view() }).kind).toBe('rejoin');
  });

  it('shows the form after the room ended, or for a room of another call', () => {
    expect(videoPanel({ ...base, room: view({ state: 'ENDED', endReason: 'agentEnded' }) }).kind).toBe('form');
    expect(videoPanel({ ...base, room: view({ callId: 'c0' }) }).kind).toBe('form');
  });
});

describe('stageShown', () => {
  it('shows the room once the customer came, and what happened afterwards', () => {
    expect(stageShown(true, view(), null, 0)).toBeNull();
    expect(stageShown(true, view({ state: 'ACTIVE' }), null, 0)).toBe('room');
    expect(stageShown(false, null, null, 0)).toBeNull();
    expect(stageShown(false, null, { kind: 'customerLeft' }, 0)).toBe('after');
    expect(stageShown(false, null, null, 2)).toBe('after');
  });
});

describe('roomChange', () => {
  it('follows the room this tab is in', () => {
    const room = view();
    expect(roomChange(room, true, view({ state: 'ACTIVE', customerPresent: true }))).toBe('update');
    expect(roomChange(room, true, view({ state: 'ENDED', endReason: 'customerEnded' }))).toBe('ended');
    expect(roomChange(room, true, view({ state: 'ACTIVE', mine: false }))).toBe('takenOver');
    expect(roomChange(room, true, view({ videoId: 'v2' }))).toBe('ignore');
  });

  it('without a leg, keeps the latest view', () => {
    expect(roomChange(null, false, view())).toBe('update');
    expect(roomChange(view(), false, view({ state: 'ENDED' }))).toBe('update');
    expect(roomChange(null, false, view({ state: 'ENDED' }))).toBe('ignore');
  });
});
