package dev.tsunagu.e2e;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * Test-only instrumentation of a page's WebRTC: keeps its peer connections reachable and
 * measures what the newest one receives with WebAudio's analyser: the dominant frequency, the level
 * near given frequencies (several tones at once), and the peak of a short sound caught in the page.
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

    /** Sets up (once per received track) the analyser of what the newest peer connection receives; null before it has a track. */
    private static final String ANALYSER = """
            (() => {
              // The phone's leg: the newest open one that sends audio (video legs only receive theirs).
              const pcs = window.__pcs || [];
              const phones = pcs.filter(p => p.connectionState !== 'closed'
                && p.getSenders().some(s => s.track && s.track.kind === 'audio'));
              const pc = phones[phones.length - 1] || pcs[pcs.length - 1];
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
              const analyser = window.__analyser;
              const binHz = window.__audioContext.sampleRate / analyser.fftSize;
              const data = new Float32Array(analyser.frequencyBinCount);
              const read = () => { analyser.getFloatFrequencyData(data); return data; };
              // The loudest level (dB) within 20 Hz of hz, in the spectrum just read.
              const near = (hz) => {
                let max = -Infinity;
                const from = Math.max(1, Math.floor((hz - 20) / binHz));
                const to = Math.min(data.length - 1, Math.ceil((hz + 20) / binHz));
                for (let i = from; i <= to; i++) if (data[i] > max) max = data[i];
                return max;
              };
              return { read, near, binHz };
            })()
            """;

    private static final String DOMINANT = """
            () => {
              const a = %s;
              if (!a) return null;
              const data = a.read();
              let best = 1;
              for (let i = 2; i < data.length; i++) if (data[i] > data[best]) best = i;
              return { hz: best * a.binHz, db: data[best] };
            }
            """.formatted(ANALYSER);

    private static final String LEVELS = """
            (frequencies) => {
              const a = %s;
              if (!a) return null;
              a.read();
              return frequencies.map(hz => a.near(hz));
            }
            """.formatted(ANALYSER);

    private static final String START_PEAK = """
            (hz) => {
              const a = %s;
              if (!a) return false;
              window.__peaks = window.__peaks || {};
              window.__peaks[hz] = -Infinity;
              clearInterval(window.__peakTimer);
              window.__peakTimer = setInterval(() => {
                a.read();
                window.__peaks[hz] = Math.max(window.__peaks[hz], a.near(hz));
              }, 20);
              return true;
            }
            """.formatted(ANALYSER);

    /** What a tone clearly above silence and Opus's noise floor measures, in dB (a tone reads about -20 to -40 dB). */
    static final double HEARD_DB = -60;

    private RemoteAudio() {
    }

    static void instrument(Page page) {
        page.addInitScript(RECORD_PEER_CONNECTIONS);
    }

    /** Whether the page currently hears a tone within 30 Hz of {@code hz}, clearly above silence. */
    static boolean hears(Page page, int hz) {
        Map<?, ?> peak = (Map<?, ?>) page.evaluate(DOMINANT);
        return peak != null && Math.abs(((Number) peak.get("hz")).doubleValue() - hz) < 30
                && ((Number) peak.get("db")).doubleValue() > HEARD_DB;
    }

    /** Whether the page hears something clearly (music, a voice, a tone) whose loudest part is not near {@code hz}. */
    static boolean hearsSomethingBut(Page page, int hz) {
        Map<?, ?> peak = (Map<?, ?>) page.evaluate(DOMINANT);
        return peak != null && ((Number) peak.get("db")).doubleValue() > HEARD_DB
                && Math.abs(((Number) peak.get("hz")).doubleValue() - hz) >= 30 && level(page, hz) < HEARD_DB;
    }

    /** The loudest level (dB) the page receives within 20 Hz of {@code hz} right now; very low for silence. */
    static double level(Page page, int hz) {
        return levels(page, hz)[0];
    }

    /** {@link #level} at several frequencies, all from the same moment. */
    static double[] levels(Page page, int... hz) {
        List<?> measured = (List<?>) page.evaluate(LEVELS, java.util.Arrays.stream(hz).boxed().toList());
        if (measured == null) {
            double[] none = new double[hz.length];
            java.util.Arrays.fill(none, Double.NEGATIVE_INFINITY);
            return none;
        }
        return measured.stream().mapToDouble(RemoteAudio::decibels).toArray();
    }

    /** Whether the page hears every one of the tones at the same moment, each clearly above the noise floor. */
    static boolean hearsAll(Page page, int... hz) {
        return java.util.Arrays.stream(levels(page, hz)).allMatch(db -> db > HEARD_DB);
    }

    /**
     * Starts remembering the loudest level the page receives near {@code hz}, sampled every 20 ms in the
     * page, so that a sound too short to poll for (a 200 ms beep) is still caught; see {@link #peak}.
     */
    static void startPeakRecorder(Page page, int hz) {
        if (!Boolean.TRUE.equals(page.evaluate(START_PEAK, hz))) {
            throw new AssertionError("the page receives no audio track yet");
        }
    }

    /** The loudest level (dB) near the frequency since {@link #startPeakRecorder}. */
    static double peak(Page page, int hz) {
        return decibels(page.evaluate("hz => window.__peaks[hz]", hz));
    }

    private static double decibels(Object value) {
        // -Infinity (silence) does not survive the trip from the page as a number.
        return value instanceof Number n ? n.doubleValue() : Double.NEGATIVE_INFINITY;
    }

    /** Whether the page hears nothing at {@code hz} (silence, or something else entirely). */
    static boolean doesNotHear(Page page, int hz) {
        return !hears(page, hz);
    }
}
