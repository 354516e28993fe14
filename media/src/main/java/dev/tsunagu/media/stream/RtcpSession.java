package dev.tsunagu.media.stream;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtcp.ReceiverReport;
import dev.tsunagu.media.rtcp.ReportBlock;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtcp.Sdes;
import dev.tsunagu.media.rtcp.SenderReport;
import java.util.List;

/**
 * Our RTCP for one endpoint: a sender report (a receiver report while we have sent nothing) with a
 * reception report block and our CNAME once per interval, and the round-trip time from the peer's report blocks on our stream
 * (RFC 3550 §6.4.1: RTT = arrival − LSR − DLSR, in 1/65536 s).
 */
public final class RtcpSession {

    /** Browsers get a report a second; RFC 3550 §6.2's five seconds is the usual for SIP peers. */
    public static final java.time.Duration WEBRTC_INTERVAL = java.time.Duration.ofSeconds(1);
    public static final java.time.Duration RFC3550_INTERVAL = java.time.Duration.ofSeconds(5);
    /** Seconds from 1900 (NTP era 0) to 1970 (Unix epoch). */
    private static final long NTP_EPOCH_OFFSET = 2_208_988_800L;

    private final OutboundRtp outbound;
    private final InboundAudio inbound;
    private final String cname;
    private final long intervalNanos;
    private long nextReportNanos;
    private volatile Double rttMs;

    public RtcpSession(OutboundRtp outbound, InboundAudio inbound, String cname) {
        this(outbound, inbound, cname, WEBRTC_INTERVAL);
    }

    public RtcpSession(OutboundRtp outbound, InboundAudio inbound, String cname, java.time.Duration interval) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.cname = cname;
        this.intervalNanos = interval.toNanos();
    }

    /** The compound report to send now, or null when the next is not yet due. */
    public byte[] reportIfDue(long nowNanos, int clockRate) {
        if (nowNanos - nextReportNanos < 0) {
            return null;
        }
        nextReportNanos = nowNanos + intervalNanos;
        ReportBlock block = inbound.reportBlock(nowNanos);
        List<ReportBlock> blocks = block == null ? List.of() : List.of(block);
        if (outbound.packets() == 0) {
            // RFC 3550 §6.4: a participant that has not sent since its last report sends an RR.
            return RtcpCompound.encode(List.of(new ReceiverReport(outbound.ssrc(), blocks), Sdes.cname(outbound.ssrc(), cname)));
        }
        long wallNanos = System.currentTimeMillis() * 1_000_000L;
        SenderReport report = new SenderReport(outbound.ssrc(), ntp(wallNanos), outbound.timestampAt(nowNanos, clockRate),
                outbound.packets() & 0xFFFFFFFFL, outbound.octets() & 0xFFFFFFFFL, blocks);
        return RtcpCompound.encode(List.of(report, Sdes.cname(outbound.ssrc(), cname)));
    }

    public void received(byte[] buf, int off, int len, long nowNanos) throws MediaException {
        long arrivalCompact = compact(ntp(System.currentTimeMillis() * 1_000_000L));
        for (RtcpPacket packet : RtcpCompound.parse(buf, off, len)) {
            switch (packet) {
                case SenderReport sr -> {
                    inbound.senderReport(sr, nowNanos);
                    sr.reportBlocks().forEach(b -> roundTrip(b, arrivalCompact));
                }
                case ReceiverReport rr -> rr.reportBlocks().forEach(b -> roundTrip(b, arrivalCompact));
                default -> {
                    // Feedback for audio (NACK, REMB, transport-cc) is not acted on.
                }
            }
        }
    }

    public Double rttMs() {
        return rttMs;
    }

    private void roundTrip(ReportBlock block, long arrivalCompact) {
        if (block.ssrc() != outbound.ssrc() || block.lastSenderReport() == 0) {
            return;
        }
        long units = (arrivalCompact - block.lastSenderReport() - block.delaySinceLastSenderReport()) & 0xFFFFFFFFL;
        if (units < 0x7FFFFFFFL) {
            rttMs = units * 1000.0 / 65536.0;
        }
    }

    /** 64-bit NTP timestamp of a Unix time in nanoseconds. */
    static long ntp(long unixNanos) {
        long seconds = unixNanos / 1_000_000_000L + NTP_EPOCH_OFFSET;
        long fraction = ((unixNanos % 1_000_000_000L) << 32) / 1_000_000_000L;
        return (seconds << 32) | (fraction & 0xFFFFFFFFL);
    }

    /** The middle 32 bits of an NTP timestamp, as LSR carries it. */
    static long compact(long ntp) {
        return (ntp >>> 16) & 0xFFFFFFFFL;
    }
}
