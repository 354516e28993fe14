import { describe, expect, it } from 'vitest';
import { WsError } from '../ws';
import { communicatorVideos, customerStep, holdsLeg, INITIAL, joinFailure, type CustomerEvent, type CustomerState } from './customerVideo';
import { CameraError, RoomError } from './roomLeg';

function run(...events: CustomerEvent[]): CustomerState {
  return events.reduce(customerStep, INITIAL);
}

describe('customerStep', () => {
  it('checks the link once the socket is open, then explains and offers "Start video"', () => {
    expect(run({ type: 'open' })).toEqual({ phase: 'checking', lost: false });
    expect(run({ type: 'open' }, { type: 'checked', valid: true })).toEqual({ phase: 'ready', problem: null });
  });

  it('says a dead link is no longer valid, before asking for the camera', () => {
    expect(run({ type: 'open' }, { type: 'checked', valid: false })).toEqual({ phase: 'invalid' });
    // and stays so: nothing else happens on that page
    expect(run({ type: 'open' }, { type: 'checked', valid: false }, { type: 'start' })).toEqual({ phase: 'invalid' });
  });

  it('starts the camera, joins, and ends by the button or by the server', () => {
    const joined: CustomerEvent[] = [{ type: 'open' }, { type: 'checked', valid: true }, { type: 'start' }, { type: 'joined' }];
    expect(run(...joined.slice(0, 3))).toEqual({ phase: 'starting' });
    expect(run(...joined)).toEqual({ phase: 'inRoom' });
    expect(run(...joined, { type: 'endPressed' })).toEqual({ phase: 'ended', reason: null });
    expect(run(...joined, { type: 'ended', reason: 'openedElsewhere' })).toEqual({ phase: 'ended', reason: 'openedElsewhere' });
    expect(run(...joined, { type: 'ended', reason: 'agentEnded' }, { type: 'closed' }, { type: 'open' })).toEqual({
      phase: 'ended',
      reason: 'agentEnded',
    });
  });

  it('explains a refused or missing camera and tries again', () => {
    const started: CustomerEvent[] = [{ type: 'open' }, { type: 'checked', valid: true }, { type: 'start' }];
    expect(run(...started, { type: 'cameraFailed', problem: 'denied' })).toEqual({ phase: 'camera', problem: 'denied' });
    expect(run(...started, { type: 'cameraFailed', problem: 'missing' }, { type: 'start' })).toEqual({ phase: 'starting' });
  });

  it('a link refused at join time is invalid; another failure can be tried again', () => {
    const started: CustomerEvent[] = [{ type: 'open' }, { type: 'checked', valid: true }, { type: 'start' }];
    expect(run(...started, { type: 'refused' })).toEqual({ phase: 'invalid' });
    expect(run(...started, { type: 'joinFailed' })).toEqual({ phase: 'ready', problem: 'failed' });
  });

  it('after a dropped connection, checks the link again and says the connection was lost', () => {
    const inRoom: CustomerEvent[] = [{ type: 'open' }, { type: 'checked', valid: true }, { type: 'start' }, { type: 'joined' }];
    expect(run(...inRoom, { type: 'closed' })).toEqual({ phase: 'connecting', lost: true });
    expect(run(...inRoom, { type: 'closed' }, { type: 'open' }, { type: 'checked', valid: true })).toEqual({ phase: 'ready', problem: 'lost' });
    expect(run({ type: 'open' }, { type: 'closed' })).toEqual({ phase: 'connecting', lost: false });
  });

  it('holds a leg only while starting and in the room', () => {
    expect(holdsLeg({ phase: 'starting' })).toBe(true);
    expect(holdsLeg({ phase: 'inRoom' })).toBe(true);
    expect(holdsLeg({ phase: 'ready', problem: null })).toBe(false);
    expect(holdsLeg({ phase: 'ended', reason: null })).toBe(false);
  });
});

describe('communicatorVideos', () => {
  const cam = { mid: '1' };
  const second = { mid: '2' };
  it('tells the camera from the screen by what the server says each section carries', () => {
    expect(communicatorVideos([], [])).toEqual({ communicator: null, screen: null });
    expect(communicatorVideos([cam], [])).toEqual({ communicator: cam, screen: null });
    expect(communicatorVideos([cam, second], ['2'])).toEqual({ communicator: cam, screen: second });
  });

  it('a share with the camera off is the screen, not the communicator', () => {
    expect(communicatorVideos([cam], ['1'])).toEqual({ communicator: null, screen: cam });
    // The camera turned on after the share: it came on the second section.
    expect(communicatorVideos([cam, second], ['1'])).toEqual({ communicator: second, screen: cam });
  });
});

describe('joinFailure', () => {
  it('tells the camera’s problems apart', () => {
    expect(joinFailure(new CameraError('cameraDenied'))).toEqual({ type: 'cameraFailed', problem: 'denied' });
    expect(joinFailure(new CameraError('cameraBusy'))).toEqual({ type: 'cameraFailed', problem: 'missing' });
    expect(joinFailure(new CameraError('cameraMissing'))).toEqual({ type: 'cameraFailed', problem: 'missing' });
  });

  it('a link the server refuses is invalid; other failures can be tried again', () => {
    expect(joinFailure(new RoomError('rejected', new WsError('invalidPayload', 'videoLinkInvalid')))).toEqual({ type: 'refused' });
    expect(joinFailure(new RoomError('rejected', new WsError('invalidPayload', 'The offer cannot be answered')))).toEqual({ type: 'joinFailed' });
    expect(joinFailure(new RoomError('timeout', new WsError('timeout')))).toEqual({ type: 'joinFailed' });
  });
});
