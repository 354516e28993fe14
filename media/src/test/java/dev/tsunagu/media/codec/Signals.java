package dev.tsunagu.media.codec;

/** Test signal generators. */
final class Signals {

    private Signals() {
    }

    static short[] sine(double frequency, double amplitude, int sampleRate, int samples) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return out;
    }

    static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
