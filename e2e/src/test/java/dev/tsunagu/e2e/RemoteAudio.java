package dev.tsunagu.e2e;

import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * Test-only instrumentation of a page's WebRTC: keeps its peer connections reachable and
 * measures the dominant frequency of what the newest one receives, with WebAudio's analyser.
 */
final class RemoteAudio {

    static final String RECORD_PEER_CONNECTIONS = """
            (() => {
              const Original = window.RTCPeerConnection;
              window.__pcs = [];
              window.RTCPeerConnection = function (...args) {
                const pc = new Original(...args);
                window.__pcs.push(pc);
                return pc;
              };
              window.RTCPeerConnection.prototype = Original.prototype;
            })();
            """;

    private static final String DOMINANT = """
            () => {
              const pc = window.__pcs && window.__pcs[window.__pcs.length - 1];
              const receiver = pc && pc.getReceivers().find(r => r.track && r.track.kind === 'audio');
              if (!receiver) return null;
              if (window.__analysedTrack !== receiver.track) {
                const ctx = new AudioContext();
                const source = ctx.createMediaStreamSource(new MediaStream([receiver.track]));
                const analyser = ctx.createAnalyser();
                analyser.fftSize = 8192;
                analyser.smoothingTimeConstant = 0;
                source.connect(analyser);
                window.__analyser = analyser;
                window.__audioContext = ctx;
                window.__analysedTrack = receiver.track;
              }
              const data = new Float32Array(window.__analyser.frequencyBinCount);
              window.__analyser.getFloatFrequencyData(data);
              let best = 1;
              for (let i = 2; i < data.length; i++) if (data[i] > data[best]) best = i;
              return { hz: best * window.__audioContext.sampleRate / window.__analyser.fftSize, db: data[best] };
            }
            """;

    private RemoteAudio() {
    }

    static void instrument(Page page) {
        page.addInitScript(RECORD_PEER_CONNECTIONS);
    }

    /** Whether the page currently hears a tone within 30 Hz of {@code hz}, clearly above silence. */
    static boolean hears(Page page, int hz) {
        Map<?, ?> peak = (Map<?, ?>) page.evaluate(DOMINANT);
        return peak != null && Math.abs(((Number) peak.get("hz")).doubleValue() - hz) < 30
                && ((Number) peak.get("db")).doubleValue() > -60;
    }

    /** Whether the page hears nothing at {@code hz} (silence, or something else entirely). */
    static boolean doesNotHear(Page page, int hz) {
        return !hears(page, hz);
    }
}
