package dev.tsunagu.server.video;

import dev.tsunagu.media.video.VideoRoom;
import dev.tsunagu.server.sms.SmsMessage;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * One video call: a room bound to one phone call and one link. Mutable, and only ever touched
 * under {@link VideoCalls}' lock.
 */
final class VideoCall {

    final String id;
    final TenantId tenant;
    final String callId;
    final String tokenHash;
    final String link;
    final Instant startedAt;
    final Instant endsAt;
    final VideoRoom room;

    String to;
    long ownerAccountId;
    String ownerExtension;
    String smsStatus;
    String smsReason;
    VideoLeg agent;
    VideoLeg customer;
    ScheduledFuture<?> timeLimit;
    private VideoCallState state = VideoCallState.WAITING;
    private VideoEndReason endReason;

    VideoCall(String id, TenantId tenant, String callId, String tokenHash, String link, String to, long ownerAccountId,
              String ownerExtension, Instant startedAt, Instant endsAt, VideoRoom room) {
        this.id = id;
        this.tenant = tenant;
        this.callId = callId;
        this.tokenHash = tokenHash;
        this.link = link;
        this.to = to;
        this.ownerAccountId = ownerAccountId;
        this.ownerExtension = ownerExtension;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
        this.room = room;
    }

    /** How the latest SMS with the link went; its number becomes the call's. */
    void sms(SmsMessage message) {
        to = message.to();
        smsStatus = message.status().name();
        smsReason = message.failureReason();
    }

    VideoCallState state() {
        return state;
    }

    VideoEndReason endReason() {
        return endReason;
    }

    boolean live() {
        return state != VideoCallState.ENDED;
    }

    /** The customer's page joined; true the first time (the call goes from waiting to active). */
    boolean customerJoined() {
        if (state != VideoCallState.WAITING) {
            return false;
        }
        move(VideoCallState.ACTIVE);
        return true;
    }

    void end(VideoEndReason reason) {
        move(VideoCallState.ENDED);
        endReason = reason;
    }

    private void move(VideoCallState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("video call " + id + " cannot go from " + state + " to " + next);
        }
        state = next;
    }

    VideoView viewFor(long accountId) {
        return new VideoView(id, callId, state, to, customer != null, accountId == ownerAccountId, ownerExtension,
                startedAt, endsAt, endReason, smsStatus, smsReason);
    }
}
