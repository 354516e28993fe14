package dev.tsunagu.media.rtcp;

import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.SequenceUnwrapper;

/**
 * What a receiver knows about one incoming SSRC, turned into RTCP report blocks (RFC 3550 §6.4.1,
 * Appendix A.3 and A.8). Times are in the caller's clock ({@code ticksPerSecond}, e.g. 1e9 for
 * {@code System.nanoTime()}); jitter is kept in RTP timestamp units of the stream's clock rate.
 * Not thread-safe: the stage that receives the stream owns it.
 */
public final class ReceptionStatistics {

    private final long ssrc;
    private final int clockRate;
    private final long ticksPerSecond;
    private final SequenceUnwrapper sequences = new SequenceUnwrapper();

    private long packets;
    private long bytes;
    private long baseSequence;
    private long highestSequence;

    private boolean haveTransit;
    private long previousArrival;
    private long previousTimestamp;
    private double jitter;

    private long expectedPrior;
    private long receivedPrior;

    private boolean haveSenderReport;
    private long lastSenderReport;
    private long lastSenderReportArrival;

    public ReceptionStatistics(long ssrc, int clockRate, long ticksPerSecond) {
        if (clockRate <= 0 || ticksPerSecond <= 0) {
            throw new IllegalArgumentException("clock rate and ticks per second must be positive");
        }
        RtcpBytes.checkUnsigned32(ssrc, "SSRC");
        this.ssrc = ssrc;
        this.clockRate = clockRate;
        this.ticksPerSecond = ticksPerSecond;
    }

    public void onPacket(RtpPacket packet, long arrivalTime) {
        onPacket(packet.sequenceNumber(), packet.timestamp(), packet.payloadLength(), arrivalTime);
    }

    /** Counts one received packet (duplicates included, as RFC 3550 does). */
    public void onPacket(int sequenceNumber, long rtpTimestamp, int payloadLength, long arrivalTime) {
        long extended = sequences.unwrap(sequenceNumber);
        if (packets == 0) {
            baseSequence = extended;
            highestSequence = extended;
        } else {
            baseSequence = Math.min(baseSequence, extended); // reordered ahead of the first packet
            highestSequence = Math.max(highestSequence, extended);
        }
        packets++;
        bytes += payloadLength;
        updateJitter(rtpTimestamp & 0xFFFF_FFFFL, arrivalTime);
    }

    /**
     * RFC 3550 A.8: D = (Rj - Ri) - (Sj - Si) between this and the previous packet, arrival converted
     * to timestamp units; J += (|D| - J) / 16.
     */
    private void updateJitter(long rtpTimestamp, long arrivalTime) {
        if (haveTransit) {
            double arrivalDelta = (arrivalTime - previousArrival) * (double) clockRate / ticksPerSecond;
            int timestampDelta = (int) (rtpTimestamp - previousTimestamp); // wraps with the 32-bit clock
            double d = arrivalDelta - timestampDelta;
            jitter += (Math.abs(d) - jitter) / 16.0;
        }
        haveTransit = true;
        previousArrival = arrivalTime;
        previousTimestamp = rtpTimestamp;
    }

    /** Remembers the sender's last SR so reports can echo it (LSR) and say how long ago (DLSR). */
    public void onSenderReport(SenderReport report, long arrivalTime) {
        haveSenderReport = true;
        lastSenderReport = report.compactNtp();
        lastSenderReportArrival = arrivalTime;
    }

    /**
     * A report block as of {@code now}; the fraction lost covers the interval since the previous
     * call, so call this once per report sent.
     */
    public ReportBlock reportBlock(long now) {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = packets - receivedPrior;
        expectedPrior = expected;
        receivedPrior = packets;
        long lostInterval = expectedInterval - receivedInterval;
        int fraction = expectedInterval <= 0 || lostInterval <= 0
                ? 0
                : (int) Math.min(255, (lostInterval << 8) / expectedInterval);
        long delay = 0;
        if (haveSenderReport) {
            double units = Math.max(0, now - lastSenderReportArrival) * 65536.0 / ticksPerSecond;
            delay = (long) Math.min(units, 0xFFFF_FFFFL);
        }
        return new ReportBlock(ssrc, fraction, clampedLost(), packets == 0 ? 0 : highestSequence & 0xFFFF_FFFFL,
                Math.min((long) jitter, 0xFFFF_FFFFL), haveSenderReport ? lastSenderReport : 0, delay);
    }

    public long ssrc() {
        return ssrc;
    }

    public long packets() {
        return packets;
    }

    /** Payload bytes received, the receiving side of an SR's octet count. */
    public long bytes() {
        return bytes;
    }

    /** Highest extended sequence number received: cycles in the high bits, last number in the low 16. */
    public long extendedHighestSequence() {
        return highestSequence;
    }

    /** Expected minus received since the first packet; negative when duplicates arrived. */
    public long cumulativeLost() {
        return expected() - packets;
    }

    /** Interarrival jitter estimate in RTP timestamp units. */
    public double jitter() {
        return jitter;
    }

    private long expected() {
        return packets == 0 ? 0 : highestSequence - baseSequence + 1;
    }

    private int clampedLost() {
        return (int) Math.max(ReportBlock.MIN_CUMULATIVE_LOST, Math.min(ReportBlock.MAX_CUMULATIVE_LOST, cumulativeLost()));
    }
}
