package dev.tsunagu.media.audio;

import java.util.Arrays;

/**
 * An adaptive playout buffer for one audio stream of fixed-duration frames (20 ms by default).
 * Packets go in as they arrive ({@link #insert}), in any order; the mixer or sender takes one
 * frame out per frame period ({@link #pop}) and gets either the payload, {@link #LOST} (run the
 * codec's concealment, or its FEC using {@link #peek}) or {@link #EMPTY} (nothing is playing).
 *
 * <p>Frames sit on a grid of RTP timestamps, so reordering and duplicates sort themselves out and a
 * packet that arrives after its turn is dropped and counted. The target delay follows the spread of
 * recent transit times (arrival minus media time, over the last two seconds), between the minimum
 * and maximum delay. The buffer grows by waiting (a concealed frame without advancing) when the
 * frame due is missing and less than the target is buffered, and shrinks by skipping a frame when
 * it has held more than the target for a while. A long empty stretch pauses playout until packets
 * return; a timestamp jump outside the buffer's reach re-anchors the timeline after what is queued.
 *
 * <p>All times are given by the caller in milliseconds, so behaviour is deterministic. One thread
 * at a time; payload buffers are reused.
 */
public final class JitterBuffer {

    /** {@link #pop} result: the frame due is missing; conceal it. */
    public static final int LOST = -1;
    /** {@link #pop} result: nothing is playing (not started yet, or paused); play silence. */
    public static final int EMPTY = -2;

    /** What {@link #insert} did with a packet. */
    public enum Insert { QUEUED, DUPLICATE, LATE, RESYNCED }

    private static final int CAPACITY = 64; // frames, a power of two: 1.28 s of 20 ms frames
    private static final int HISTORY = 100; // arrivals in the delay estimate
    private static final int ADAPT_POPS = 10; // pops over target before a frame is skipped
    private static final long RESYNC_BACK_MILLIS = 1000;

    private static final byte FREE = 0;
    private static final byte QUEUED = 1;
    private static final byte PLAYED = 2;

    private final int clockRate;
    private final int frameMillis;
    private final long frameTicks;
    private final int minDelay;
    private final int maxDelay;

    private final long[] slotPosition = new long[CAPACITY];
    private final long[] slotTimestamp = new long[CAPACITY];
    private final int[] slotSequence = new int[CAPACITY];
    private final int[] slotLength = new int[CAPACITY];
    private final byte[][] slotData = new byte[CAPACITY][];
    private final byte[] slotState = new byte[CAPACITY];

    private boolean anchored;
    private long reference;  // extended timestamp of the newest packet, for unwrapping
    private long base;       // extended timestamp of grid position 0
    private int queued;
    private long newestPosition;
    private boolean started; // playPosition is meaningful
    private boolean playing;
    private long playPosition;
    private long bufferingSince;
    private int overPops;
    private int stallPops;
    private int lastSequence;
    private long lastTimestamp;

    private final double[] transits = new double[HISTORY];
    private int transitCount;
    private int transitNext;
    private int targetDelay;
    private double jitter;
    private double lastTransit;
    private boolean haveTransit;

    private long received;
    private long played;
    private long lost;
    private long stretched;
    private long skipped;
    private long late;
    private long duplicates;
    private long resyncs;

    /** 20 ms frames, delay between 20 and 200 ms. */
    public JitterBuffer(int clockRate) {
        this(clockRate, 20, 20, 200);
    }

    public JitterBuffer(int clockRate, int frameMillis, int minDelayMillis, int maxDelayMillis) {
        if (clockRate <= 0 || frameMillis <= 0 || minDelayMillis < frameMillis || maxDelayMillis < minDelayMillis
                || maxDelayMillis > frameMillis * (CAPACITY / 2)) {
            throw new IllegalArgumentException("bad jitter buffer settings");
        }
        this.clockRate = clockRate;
        this.frameMillis = frameMillis;
        this.frameTicks = (long) clockRate * frameMillis / 1000;
        this.minDelay = minDelayMillis;
        this.maxDelay = maxDelayMillis;
        this.targetDelay = minDelayMillis;
    }

    /**
     * Offers a packet: its RTP sequence number and 32-bit timestamp, its payload (copied), and when
     * it arrived.
     */
    public Insert insert(int sequence, long timestamp, byte[] payload, int offset, int length, long arrivalMillis) {
        received++;
        long ext = unwrap(timestamp & 0xFFFF_FFFFL);
        Insert result = Insert.QUEUED;
        long position = Math.floorDiv(ext - base + frameTicks / 2, frameTicks);
        if (outOfReach(position)) {
            position = rebase(ext);
            result = Insert.RESYNCED;
        }
        observeTransit(ext, arrivalMillis);
        if (ext > reference) {
            reference = ext;
        }
        int slot = (int) (position & (CAPACITY - 1));
        if (started && position < playPosition) {
            if (slotPosition[slot] == position && slotState[slot] == PLAYED) {
                duplicates++;
                return Insert.DUPLICATE;
            }
            late++;
            return Insert.LATE;
        }
        if (slotState[slot] == QUEUED) {
            if (slotPosition[slot] == position) {
                duplicates++;
                return Insert.DUPLICATE;
            }
            queued--; // a stale frame a whole buffer behind; cannot happen within reach, but be safe
        }
        store(slot, position, ext, sequence, payload, offset, length);
        if (queued == 1 && !playing) {
            bufferingSince = arrivalMillis;
        }
        if (queued == 1 || position > newestPosition) {
            newestPosition = position;
        }
        return result;
    }

    /**
     * Takes the frame due now. Returns its payload length (copied to {@code out}), {@link #LOST} or
     * {@link #EMPTY}. Call once per frame period.
     */
    public int pop(long nowMillis, byte[] out, int outOffset) {
        if (!playing) {
            if (queued == 0 || nowMillis - bufferingSince < targetDelay) {
                return EMPTY;
            }
            playing = true;
            started = true;
            playPosition = lowestQueued();
            overPops = 0;
            stallPops = 0;
        }
        if (bufferedMillis() > targetDelay + frameMillis) {
            if (++overPops >= ADAPT_POPS) {
                overPops = 0;
                skip();
            }
        } else {
            overPops = 0;
        }
        int slot = (int) (playPosition & (CAPACITY - 1));
        if (slotState[slot] == QUEUED && slotPosition[slot] == playPosition) {
            int length = slotLength[slot];
            System.arraycopy(slotData[slot], 0, out, outOffset, length);
            slotState[slot] = PLAYED;
            queued--;
            played++;
            lastSequence = slotSequence[slot];
            lastTimestamp = slotTimestamp[slot];
            playPosition++;
            stallPops = 0;
            return length;
        }
        return missing();
    }

    /** The frame due is not here: wait for it, give it up, or pause. */
    private int missing() {
        lastTimestamp = (base + playPosition * frameTicks) & 0xFFFF_FFFFL;
        boolean waitedLongEnough = (stallPops + 1) * frameMillis > maxDelay;
        if (queued == 0) {
            if (waitedLongEnough) {
                playing = false; // the stream paused (silence suppression, hold, outage)
                stallPops = 0;
                transitCount = 0; // transit times from before a pause say nothing about after it
                haveTransit = false;
                return EMPTY;
            }
            stallPops++;
            stretched++;
            return LOST;
        }
        if (bufferedMillis() <= targetDelay && !waitedLongEnough) {
            stallPops++;
            stretched++;
            return LOST; // it may still come: waiting is how the delay grows
        }
        stallPops = 0;
        lost++;
        playPosition++;
        // Step over the rest of a hole while more than the target is buffered, concealing once.
        while (!isQueued(playPosition) && bufferedMillis() > targetDelay + frameMillis) {
            lost++;
            playPosition++;
        }
        return LOST;
    }

    /**
     * Copies the payload of the frame due next, if it is already here, without taking it; returns
     * its length or {@link #LOST}. After a {@link #LOST} pop this is the packet whose Opus FEC can
     * rebuild the lost frame.
     */
    public int peek(byte[] out, int outOffset) {
        if (!started) {
            return LOST;
        }
        int slot = (int) (playPosition & (CAPACITY - 1));
        if (slotState[slot] != QUEUED || slotPosition[slot] != playPosition) {
            return LOST;
        }
        System.arraycopy(slotData[slot], 0, out, outOffset, slotLength[slot]);
        return slotLength[slot];
    }

    /** Sequence number of the last frame played. */
    public int lastSequence() {
        return lastSequence;
    }

    /** RTP timestamp of the last frame played or concealed. */
    public long lastTimestamp() {
        return lastTimestamp;
    }

    public int targetDelayMillis() {
        return targetDelay;
    }

    /** Media time buffered from the frame due to the newest frame received, in milliseconds. */
    public int bufferedMillis() {
        if (queued == 0) {
            return 0;
        }
        long from = started ? playPosition : lowestQueued();
        return (int) Math.max(0, (newestPosition + 1 - from) * frameMillis);
    }

    public JitterBufferStats stats() {
        return new JitterBufferStats(received, played, lost, stretched, skipped, late, duplicates, resyncs,
                targetDelay, bufferedMillis(), jitter);
    }

    /** Forgets everything, as for a new stream; counters are kept. */
    public void reset() {
        anchored = false;
        clear();
    }

    private long unwrap(long timestamp) {
        if (!anchored) {
            anchored = true;
            reference = timestamp + (1L << 32); // room to move backwards without going negative
            base = reference;
            return reference;
        }
        int delta = (int) (timestamp - (reference & 0xFFFF_FFFFL));
        return reference + delta;
    }

    /** A position the ring cannot hold relative to what is playing or buffered: a jump. */
    private boolean outOfReach(long position) {
        long anchor;
        if (started) {
            anchor = playPosition;
        } else if (queued > 0) {
            anchor = lowestQueued();
        } else {
            return false;
        }
        long backFrames = RESYNC_BACK_MILLIS / frameMillis;
        return position - anchor >= CAPACITY || anchor - position > backFrames;
    }

    /**
     * Re-anchors the timeline after a timestamp jump (a sender restart, a long pause): the new
     * packet becomes the frame right after what is buffered, so nothing queued is lost.
     */
    private long rebase(long ext) {
        resyncs++;
        long position = queued > 0 ? newestPosition + 1 : playPosition;
        long first = started ? playPosition : lowestQueued();
        if (queued > 0 && position - first >= CAPACITY) {
            // The ring is full to its reach: give up what is queued rather than wrap onto it.
            skipped += queued;
            Arrays.fill(slotState, FREE);
            queued = 0;
            position = started ? playPosition : 0;
        }
        base = ext - position * frameTicks;
        reference = ext;
        transitCount = 0;
        haveTransit = false;
        return position;
    }

    private void clear() {
        Arrays.fill(slotState, FREE);
        queued = 0;
        started = false;
        playing = false;
        overPops = 0;
        stallPops = 0;
        transitCount = 0;
        transitNext = 0;
        haveTransit = false;
        targetDelay = minDelay;
    }

    private void store(int slot, long position, long ext, int sequence, byte[] payload, int offset, int length) {
        if (slotData[slot] == null || slotData[slot].length < length) {
            slotData[slot] = new byte[Math.max(length, 256)];
        }
        System.arraycopy(payload, offset, slotData[slot], 0, length);
        slotLength[slot] = length;
        slotPosition[slot] = position;
        slotTimestamp[slot] = ext & 0xFFFF_FFFFL;
        slotSequence[slot] = sequence & 0xFFFF;
        slotState[slot] = QUEUED;
        queued++;
    }

    private boolean isQueued(long position) {
        int slot = (int) (position & (CAPACITY - 1));
        return slotState[slot] == QUEUED && slotPosition[slot] == position;
    }

    private long lowestQueued() {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < CAPACITY; i++) {
            if (slotState[i] == QUEUED && slotPosition[i] < lowest) {
                lowest = slotPosition[i];
            }
        }
        return lowest;
    }

    /** Drops the frame due (or steps over its hole) to bring the delay down by one frame. */
    private void skip() {
        int slot = (int) (playPosition & (CAPACITY - 1));
        if (slotState[slot] == QUEUED && slotPosition[slot] == playPosition) {
            slotState[slot] = PLAYED;
            queued--;
        }
        skipped++;
        playPosition++;
    }

    /**
     * Feeds the delay estimate with one arrival: transit = arrival − media time. Its spread over
     * the recent window is the jitter to absorb; the RFC 3550 estimate is kept for reports.
     */
    private void observeTransit(long ext, long arrivalMillis) {
        double transit = arrivalMillis - (ext - base) * 1000.0 / clockRate;
        if (haveTransit) {
            jitter += (Math.abs(transit - lastTransit) - jitter) / 16;
        }
        lastTransit = transit;
        haveTransit = true;
        transits[transitNext] = transit;
        transitNext = (transitNext + 1) % HISTORY;
        transitCount = Math.min(transitCount + 1, HISTORY);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < transitCount; i++) {
            min = Math.min(min, transits[i]);
            max = Math.max(max, transits[i]);
        }
        double spread = max - min;
        // Playout already runs about half a frame behind arrival, so round from there to frames.
        long frames = (long) Math.ceil((spread + frameMillis / 2.0) / frameMillis);
        targetDelay = (int) Math.max(minDelay, Math.min(maxDelay, frames * frameMillis));
    }
}
