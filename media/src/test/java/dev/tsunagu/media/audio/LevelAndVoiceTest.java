package dev.tsunagu.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LevelAndVoiceTest {

    private static short[] sine(double amplitude, int n) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        return s;
    }

    @Test
    void levelsFollowRfc6464() {
        short[] square = new short[160];
        for (int i = 0; i < 160; i++) {
            square[i] = (short) (i % 8 < 4 ? 32767 : -32768);
        }
        assertThat(AudioLevel.dbov(square, 0, 160)).isCloseTo(0.0, within(0.01));
        assertThat(AudioLevel.rfc6464Level(square, 0, 160)).isZero();
        assertThat(AudioLevel.dbov(sine(32767, 160), 0, 160)).isCloseTo(-3.01, within(0.05));
        assertThat(AudioLevel.rfc6464Level(sine(32767, 160), 0, 160)).isEqualTo(3);
        assertThat(AudioLevel.rfc6464Level(sine(32767 / 100.0, 160), 0, 160)).isEqualTo(43);
        assertThat(AudioLevel.rfc6464Level(new short[160], 0, 160)).isEqualTo(AudioLevel.SILENCE);
        short[] lsb = new short[160];
        lsb[0] = 1;
        assertThat(AudioLevel.rfc6464Level(lsb, 0, 160)).isEqualTo(112);
        assertThat(AudioLevel.toRfc6464(-200)).isEqualTo(127);
    }

    @Test
    void vadFindsSpeechOverSteadyNoiseWithHangover() {
        VoiceActivityDetector vad = new VoiceActivityDetector();
        Random random = new Random(6464);
        short[] frame = new short[160];
        // Two seconds of background noise around -50 dBov: learned, not speech.
        int speechFrames = 0;
        for (int f = 0; f < 100; f++) {
            noise(frame, random, 100);
            if (vad.isSpeech(frame, 0, 160) && f >= 50) {
                speechFrames++;
            }
        }
        assertThat(speechFrames).isZero();
        assertThat(vad.noiseFloorDbov()).isBetween(-55.0, -45.0);
        // A word: 300 ms of loud voice.
        for (int f = 0; f < 15; f++) {
            short[] voice = sine(6000, 160);
            assertThat(vad.isSpeech(voice, 0, 160)).isTrue();
        }
        // Hangover: 200 ms more, then back to noise.
        int held = 0;
        for (int f = 0; f < 30; f++) {
            noise(frame, random, 100);
            if (vad.isSpeech(frame, 0, 160)) {
                held++;
            }
        }
        assertThat(held).isEqualTo(10);
        assertThat(vad.lastLevelDbov()).isBetween(-55.0, -45.0);
    }

    @Test
    void digitalSilenceIsNeverSpeech() {
        VoiceActivityDetector vad = new VoiceActivityDetector();
        short[] silence = new short[160];
        for (int f = 0; f < 50; f++) {
            assertThat(vad.isSpeech(silence, 0, 160)).isFalse();
        }
        assertThat(vad.isSpeech(sine(3000, 160), 0, 160)).isTrue();
    }

    private static void noise(short[] frame, Random random, double sigma) {
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(random.nextGaussian() * sigma);
        }
    }
}
