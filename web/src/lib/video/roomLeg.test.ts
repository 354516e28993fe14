import { describe, expect, it, vi } from 'vitest';
import { fakeRoomDeps, FakeRoomPeer } from './fakeRoomPeer';
import { CameraError, receivingSlots, RoomLeg, type RoomLegOptions } from './roomLeg';

function setup(sourcesOnJoin: number, options: RoomLegOptions, refuse?: () => unknown) {
  const pc = new FakeRoomPeer();
  const { deps, cameras } = fakeRoomDeps(pc, refuse);
  const signalling = {
    join: vi.fn(async () => ({ sdp: 'answer 1', sources: sourcesOnJoin })),
    offer: vi.fn(async () => ({ sdp: 'answer again', sources: sourcesOnJoin })),
    leave: vi.fn(async () => ({})),
  };
  const remote = vi.fn();
  const leg = new RoomLeg(signalling, deps, { onRemoteTracks: remote, onPeerState: vi.fn() }, options);
  return { pc, leg, signalling, remote, deps, cameras };
}

describe('RoomLeg', () => {
  it('joins with a receive-only audio section and the camera, and applies the answer', async () => {
    const { pc, leg, signalling } = setup(1, { camera: true });
    await leg.join();
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:sendrecv']);
    expect(signalling.join).toHaveBeenCalledWith('offer 1 with 2 sections');
    expect(pc.remote).toEqual([{ type: 'answer', sdp: 'answer 1' }]);
    expect(leg.cameraOn).toBe(true);
  });

  it('without a camera only receives, and never asks for one', async () => {
    const { pc, leg, deps } = setup(1, { camera: false });
    await leg.join();
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:recvonly']);
    expect(deps.getUserMedia).not.toHaveBeenCalled();
    expect(leg.cameraStream).toBeNull();
  });

  it('asks for the wanted camera first, then any camera', async () => {
    let calls = 0;
    const { leg, deps } = setup(0, { camera: { facingMode: { ideal: 'environment' } } }, () =>
      calls++ === 0 ? Object.assign(new Error('x'), { name: 'OverconstrainedError' }) : null,
    );
    await leg.join();
    expect(vi.mocked(deps.getUserMedia).mock.calls.map(([c]) => c)).toEqual([
      { video: { facingMode: { ideal: 'environment' } } },
      { video: true },
    ]);
    expect(leg.cameraOn).toBe(true);
  });

  it('a refused camera fails the join with cameraDenied, without asking again', async () => {
    const { leg, deps, signalling } = setup(0, { camera: { facingMode: 'user' } }, () =>
      Object.assign(new Error('no'), { name: 'NotAllowedError' }),
    );
    const joining = leg.join();
    await expect(joining).rejects.toBeInstanceOf(CameraError);
    await expect(joining).rejects.toMatchObject({ failure: 'cameraDenied' });
    expect(deps.getUserMedia).toHaveBeenCalledTimes(1);
    expect(signalling.join).not.toHaveBeenCalled();
  });

  it('adds receive-only sections and re-offers when the others publish more streams', async () => {
    const { pc, leg, signalling, remote } = setup(3, { camera: true });
    await leg.join();
    await vi.waitFor(() => expect(signalling.offer).toHaveBeenCalledWith('offer 2 with 4 sections'));
    await vi.waitFor(() => expect(pc.remote).toHaveLength(2));
    expect(receivingSlots(pc.transceivers as never)).toBe(3);
    expect(remote).toHaveBeenLastCalledWith([
      expect.objectContaining({ mid: '1' }),
      expect.objectContaining({ mid: '2' }),
      expect.objectContaining({ mid: '3' }),
    ]);
  });

  it('lists only as many received videos as the others publish', async () => {
    const { leg, remote, signalling } = setup(0, { camera: false });
    await leg.join();
    expect(remote).toHaveBeenLastCalledWith([]);
    leg.sources(1);
    expect(remote).toHaveBeenLastCalledWith([expect.objectContaining({ mid: '1' })]);
    expect(signalling.offer).not.toHaveBeenCalled();
  });

  it('turns the camera on and off during the room on the same section, offering again each time', async () => {
    const { pc, leg, signalling, cameras } = setup(1, { camera: false });
    await leg.join();
    await leg.setCamera(true);
    await vi.waitFor(() => expect(signalling.offer).toHaveBeenCalledTimes(1));
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:sendrecv']);
    expect(pc.transceivers[1]!.sender.track).toBe(cameras[0]!.track);
    await leg.setCamera(false);
    await vi.waitFor(() => expect(signalling.offer).toHaveBeenCalledTimes(2));
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:recvonly']);
    expect(pc.transceivers[1]!.sender.track).toBeNull();
    expect(cameras[0]!.track.stop).toHaveBeenCalled();
    expect(leg.cameraOn).toBe(false);
  });

  it('switches to another camera on the same section without a new offer, letting the old one go first', async () => {
    const { pc, leg, signalling, cameras, deps } = setup(1, { camera: { facingMode: { ideal: 'environment' } } });
    await leg.join();
    await leg.switchCamera({ facingMode: { ideal: 'user' } });
    expect(cameras[0]!.track.stop).toHaveBeenCalled();
    expect(deps.getUserMedia).toHaveBeenLastCalledWith({ video: { facingMode: { ideal: 'user' } } });
    expect(pc.transceivers[1]!.sender.track).toBe(cameras[1]!.track);
    expect(leg.cameraStream).toBe(cameras[1]!.stream);
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:sendrecv']);
    await new Promise((r) => setTimeout(r, 0));
    expect(signalling.offer).not.toHaveBeenCalled();
  });

  it('brings the old camera back when the other one cannot be opened', async () => {
    let refusals = 0;
    const busy = () => (refusals-- > 0 ? new DOMException('busy', 'NotReadableError') : null);
    const { pc, leg, cameras } = setup(1, { camera: true }, busy);
    await leg.join();
    refusals = 2; // the other camera, then any camera
    await expect(leg.switchCamera({ facingMode: { ideal: 'user' } }, true)).rejects.toMatchObject({ failure: 'cameraBusy' });
    expect(leg.cameraOn).toBe(true);
    expect(cameras).toHaveLength(2);
    expect(pc.transceivers[1]!.sender.track).toBe(cameras[1]!.track);
  });

  it('shares the screen on a send-only section and reuses it for the next share', async () => {
    const { pc, leg, signalling } = setup(1, { camera: false });
    await leg.join();
    const screen = { kind: 'video', stop: vi.fn() } as unknown as MediaStreamTrack;
    leg.startSharing(screen, {} as MediaStream);
    expect(leg.sharing).toBe(true);
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:recvonly', 'video:sendonly']);
    leg.stopSharing();
    expect(screen.stop).toHaveBeenCalled();
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:recvonly', 'video:inactive']);
    leg.startSharing(screen, {} as MediaStream);
    expect(pc.sections()).toEqual(['audio:recvonly', 'video:recvonly', 'video:sendonly']);
    // Changes made at once go out in one offer.
    await vi.waitFor(() => expect(signalling.offer).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(signalling.offer).toHaveBeenCalledTimes(1);
  });

  it('a sources change before the join answer waits for it', async () => {
    const { pc, leg, signalling } = setup(0, { camera: false });
    let answer: (a: { sdp: string; sources: number }) => void = () => {};
    signalling.join.mockImplementationOnce(() => new Promise((r) => (answer = r)));
    const joining = leg.join();
    await vi.waitFor(() => expect(signalling.join).toHaveBeenCalled());
    leg.sources(2);
    expect(signalling.offer).not.toHaveBeenCalled();
    answer({ sdp: 'answer 1', sources: 2 });
    await joining;
    await vi.waitFor(() => expect(signalling.offer).toHaveBeenCalledTimes(1));
    expect(pc.remote[0]).toEqual({ type: 'answer', sdp: 'answer 1' });
  });

  it('leaving closes the connection, stops the camera and tells the server once', async () => {
    const { pc, leg, cameras, signalling } = setup(0, { camera: true });
    await leg.join();
    leg.leave();
    leg.leave();
    expect(pc.closed).toBe(true);
    expect(cameras[0]!.track.stop).toHaveBeenCalled();
    expect(signalling.leave).toHaveBeenCalledTimes(1);
  });
});
