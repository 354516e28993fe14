package dev.tsunagu.server.diag;

import dev.tsunagu.media.AudioAnalysis;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.EndpointStats;
import java.util.Locale;

/** The {@code diag.audio.stats} payload (docs/protocol.md). */
record AudioCheckStats(long packetsReceived, double lossPercent, double jitterMs, Double rttMs,
                       boolean audioReceived, Integer toneHz, String state) {

    static AudioCheckStats of(EndpointStats stats, AudioAnalysis analysis) {
        return new AudioCheckStats(stats.packetsReceived(), round(stats.lossPercent()), round(stats.jitterMs()),
                stats.rttMs() == null ? null : round(stats.rttMs()), analysis.audioDetected(), analysis.toneHz(),
                state(stats.state()));
    }

    private static String state(EndpointState state) {
        return switch (state) {
            case NEW, CONNECTING -> "connecting";
            case CONNECTED -> "connected";
            case CLOSED, FAILED -> state.name().toLowerCase(Locale.ROOT);
        };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
