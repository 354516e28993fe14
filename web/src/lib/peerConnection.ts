/** Closing a leg's peer connection: its handlers go first, so closing does not look like the leg failing. */
export function closePeer(pc: RTCPeerConnection | null): void {
  if (!pc) return;
  pc.ontrack = null;
  pc.onconnectionstatechange = null;
  pc.close();
}
