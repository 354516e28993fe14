package dev.tsunagu.server.video;

import java.time.Instant;

/** A video call as one communicator sees it (docs/protocol.md, "Video escalation"). */
record VideoView(String videoId, String callId, VideoCallState state, String to, boolean customerPresent, boolean mine,
                 String ownerExtension, Instant startedAt, Instant endsAt, VideoEndReason endReason,
                 String smsStatus, String smsReason) {
}
