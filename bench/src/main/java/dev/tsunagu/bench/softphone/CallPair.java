package dev.tsunagu.bench.softphone;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * A caller and a callee softphone that call each other, one call after the other, exactly as
 * docs/protocol.md says: {@code phone.dial} the callee's extension, the callee waits for its
 * {@code RINGING} view and sends {@code phone.answer}, both wait for {@code CONNECTED}, the callee
 * sends {@code phone.hangup}, both wait for {@code ENDED}; the next call is dialled at once.
 *
 * <p>The caller's microphone sends a tone all the time, alternating 450 and 650 Hz from call to
 * call so that what the callee's leg still holds from the previous call cannot pass for this one.
 * A ringing line is in no bridge and receives nothing, so the first packet the callee's leg gets
 * after the answer is the caller's audio; the tone counts as heard once the last 20 ms frame the
 * callee decoded has most of its power at the caller's frequency.
 *
 * <p>A line's {@code ENDED} view is sent before the line is free for the next call (the party's
 * history and timeline rows are written first). The callee hangs up because the PBX then frees
 * the callee's line before the caller's: once the caller's dial is no longer refused with
 * {@code lineBusy} (cheap: no call is created), both lines are idle. A dial that reached a callee
 * still busy would keep the caller's line for the 3 s busy tone; it is counted if it happens.
 */
final class CallPair implements AutoCloseable {

    static final int[] CALLER_TONES = {450, 650};
    static final int CALLEE_TONE = 1000;
    /** How often the callee's leg is looked at after the answer: the resolution of the media figures. */
    static final long POLL_NANOS = 200_000;
    private static final Duration PATIENCE = Softphone.PATIENCE;
    private static final double TONE_SHARE = 0.5;
    /**
     * Redials of a busy line come every 2 ms (the resolution of "both lines free") for 100 ms, then
     * at pauses doubling to 50 ms, giving up after about 10 s.
     */
    private static final long REDIAL_PAUSE_NANOS = 2_000_000;
    private static final int QUICK_REDIALS = 50;
    private static final long LONGEST_REDIAL_PAUSE_NANOS = 50_000_000;
    private static final int MAX_REDIALS = 250;

    private final Softphone caller;
    private final Softphone callee;
    private final byte[][][] callerTones;
    /** When the previous call's hang-up was sent, 0 before the first call. */
    private long previousHangup;

    CallPair(Softphone caller, Softphone callee, byte[][][] callerTones) {
        this.caller = caller;
        this.callee = callee;
        this.callerTones = callerTones;
    }

    String describe() {
        return caller.login + " (" + caller.extension + ") -> " + callee.login + " (" + callee.extension + ")";
    }

    /** One complete call; {@code index} picks the caller's tone. */
    CallCycle call(int index) throws Exception {
        int hz = CALLER_TONES[index % CALLER_TONES.length];
        caller.microphone.play(callerTones[index % CALLER_TONES.length]);
        String callId = null;
        try {
            long firstDialSent = System.nanoTime();
            long dialSent;
            int lineBusy = 0;
            int calleeBusy = 0;
            while (true) {
                dialSent = System.nanoTime();
                callId = dial();
                if (callId != null && !caller.tab.awaitFirstView(callId, PATIENCE).state().equals("ENDED")) {
                    break;
                }
                if (callId == null) {
                    lineBusy++;
                } else {
                    calleeBusy++;
                }
                int redials = lineBusy + calleeBusy;
                if (redials > MAX_REDIALS) {
                    throw new IllegalStateException("still busy after " + MAX_REDIALS + " redials");
                }
                LockSupport.parkNanos(redials <= QUICK_REDIALS ? REDIAL_PAUSE_NANOS
                        : Math.min(LONGEST_REDIAL_PAUSE_NANOS, REDIAL_PAUSE_NANOS << Math.min(redials - QUICK_REDIALS, 8)));
            }
            long ringing = callee.tab.awaitCall(callId, "RINGING", PATIENCE).arrivedNanos();

            long baseline = callee.peer.packetsReceived();
            long answerSent = System.nanoTime();
            CompletableFuture<JsonNode> answered = callee.tab.command("phone.answer", Map.of("callId", callId));
            long firstPacket = poll(() -> callee.peer.packetsReceived() > baseline, "the caller's first packet");
            // The caller sends every 20 ms, so the packet that just arrived is (almost always) its latest one.
            long firstPacketSent = caller.microphone.lastSentNanos();
            long toneHeard = poll(() -> callee.peer.heardShare(hz, 20) > TONE_SHARE, "the caller's " + hz + " Hz tone");
            answered.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            long calleeConnected = callee.tab.awaitCall(callId, "CONNECTED", PATIENCE).arrivedNanos();
            long callerConnected = caller.tab.awaitCall(callId, "CONNECTED", PATIENCE).arrivedNanos();

            long hangupSent = System.nanoTime();
            callee.tab.call("phone.hangup", Map.of("callId", callId), PATIENCE);
            long calleeEnded = callee.tab.awaitCall(callId, "ENDED", PATIENCE).arrivedNanos();
            long callerEnded = caller.tab.awaitCall(callId, "ENDED", PATIENCE).arrivedNanos();
            CallCycle cycle = new CallCycle(lineBusy, calleeBusy, previousHangup, firstDialSent, dialSent, ringing, answerSent,
                    firstPacketSent, firstPacket, toneHeard, calleeConnected, callerConnected, hangupSent, Math.max(callerEnded, calleeEnded));
            previousHangup = hangupSent;
            return cycle;
        } catch (Exception e) {
            previousHangup = 0;
            recover(callId);
            throw e;
        }
    }

    /** The call's id, or null when the caller's own line is still busy with the previous call. */
    private String dial() throws Exception {
        try {
            return caller.tab.call("phone.dial", Map.of("number", callee.extension), PATIENCE).get("callId").asString();
        } catch (SoftphoneTab.Refused refused) {
            if (refused.getMessage().contains("lineBusy")) {
                return null;
            }
            throw refused;
        }
    }

    /** After a failed call: both hang up whatever is left, and stale views are forgotten. */
    private void recover(String callId) throws InterruptedException {
        if (callId != null) {
            for (Softphone phone : new Softphone[] {caller, callee}) {
                try {
                    phone.tab.call("phone.hangup", Map.of("callId", callId), PATIENCE);
                } catch (Exception ignored) {
                    // the call may be gone already
                }
            }
        }
        Thread.sleep(1000);
        caller.tab.clearCalls();
        callee.tab.clearCalls();
    }

    private static long poll(BooleanSupplier condition, String what) throws TimeoutException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the callee did not get " + what + " within " + PATIENCE);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return System.nanoTime();
    }

    @Override
    public void close() throws Exception {
        caller.close();
        callee.close();
    }
}
