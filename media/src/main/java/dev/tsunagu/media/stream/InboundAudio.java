package dev.tsunagu.media.stream;

import dev.tsunagu.media.rtcp.ReceptionStatistics;
import dev.tsunagu.media.rtcp.ReportBlock;
import dev.tsunagu.media.rtcp.SenderReport;
import dev.tsunagu.media.rtp.RtpPacket;

/**
 * Reception statistics of the peer's audio stream (RFC 3550 A.3, A.8). Updated on the port's
 * reader thread; read by metrics and reports, for which a slightly stale value is fine.
 */
public final class InboundAudio {

    private static final long NANOS = 1_000_000_000L;

    private volatile ReceptionStatistics stream;
    private volatile int clockRate = 48_000;

    public void received(RtpPacket packet, int clockRate, long nowNanos) {
        ReceptionStatistics current = stream;
        if (current == null || current.ssrc() != packet.ssrc()) {
            // A new SSRC (first packet, or the browser restarted its sender) starts fresh counts.
            current = new ReceptionStatistics(packet.ssrc(), clockRate, NANOS);
            this.clockRate = clockRate;
            stream = current;
        }
        current.onPacket(packet, nowNanos);
    }

    public void senderReport(SenderReport report, long nowNanos) {
        ReceptionStatistics current = stream;
        if (current != null && current.ssrc() == report.ssrc()) {
            current.onSenderReport(report, nowNanos);
        }
    }

    /** A report block for our next RTCP report, or null before anything was received. */
    public ReportBlock reportBlock(long nowNanos) {
        ReceptionStatistics current = stream;
        return current == null ? null : current.reportBlock(nowNanos);
    }

    public long packets() {
        ReceptionStatistics current = stream;
        return current == null ? 0 : current.packets();
    }

    public long bytes() {
        ReceptionStatistics current = stream;
        return current == null ? 0 : current.bytes();
    }

    public long lost() {
        ReceptionStatistics current = stream;
        return current == null ? 0 : Math.max(0, current.cumulativeLost());
    }

    public double lossPercent() {
        long received = packets();
        long lost = lost();
        return received + lost == 0 ? 0 : 100.0 * lost / (received + lost);
    }

    public double jitterMs() {
        ReceptionStatistics current = stream;
        return current == null ? 0 : current.jitter() * 1000.0 / clockRate;
    }
}
