package dev.tsunagu.bench.softphone;

/**
 * The moments of one measured call, {@link System#nanoTime()} as the harness saw them: what it
 * sent just before sending, what arrived when the socket's reader got it, media when the poll
 * first saw it (polled every {@link CallPair#POLL_NANOS}).
 *
 * <p>{@code lineBusyRedials}: dials refused because the caller's line was not free yet after the
 * previous call; {@code calleeBusyRedials}: dials that found the callee's line not free (each
 * costs a 3 s busy tone). {@code previousHangup}: when the pair's previous call was hung up, 0 if
 * there was none or it failed. {@code dialSent} is the dial that rang. {@code firstPacketSent}: when
 * the caller's leg sent its latest packet before the callee's leg got the first one.
 */
record CallCycle(int lineBusyRedials, int calleeBusyRedials, long previousHangup, long firstDialSent, long dialSent,
                 long calleeRinging, long answerSent, long firstPacketSent, long firstPacket, long toneHeard, long calleeConnected,
                 long callerConnected, long hangupSent, long bothEnded) {

    long dialToRinging() {
        return calleeRinging - dialSent;
    }

    long answerToFirstPacket() {
        return firstPacket - answerSent;
    }

    /**
     * The first packet's way from the caller's socket to the callee's peer (engine receive, SRTP,
     * forward, SRTP, both loopback hops); {@link #answerToFirstPacket} minus this is the answer's
     * handling plus the wait for the caller's next 20 ms packet.
     */
    long firstPacketTransit() {
        return firstPacket - firstPacketSent;
    }

    long answerToTone() {
        return toneHeard - answerSent;
    }

    long answerToBothConnected() {
        return Math.max(calleeConnected, callerConnected) - answerSent;
    }

    long hangupToBothEnded() {
        return bothEnded - hangupSent;
    }

    boolean followsACall() {
        return previousHangup != 0;
    }

    /**
     * From the previous call's hang-up to this call's accepted dial: when both lines were free
     * again, to within one redial pause and one socket round trip.
     */
    long previousHangupToLinesFree() {
        return dialSent - previousHangup;
    }

    /** From the first dial, redials included, to both {@code ENDED} views. */
    long whole() {
        return bothEnded - firstDialSent;
    }
}
