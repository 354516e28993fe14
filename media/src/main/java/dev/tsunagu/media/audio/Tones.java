package dev.tsunagu.media.audio;

/**
 * The call-progress tones of the Japanese network (NTT: 400 Hz family) and the other sounds the
 * engine plays, each a fresh {@link AudioSource} of 20 ms frames at the requested rate.
 */
public final class Tones {

    /** Call-progress tones around -16 dBFS, comfortable next to speech. */
    static final double LEVEL = ToneGenerator.amplitudeOf(-16);

    private Tones() {
    }

    /** 発信音: continuous 400 Hz. */
    public static AudioSource dialTone(int sampleRate) {
        return new CadencedTone(new ToneGenerator(sampleRate, 400, LEVEL), true, 60_000, 0);
    }

    /** 呼出音: 400 Hz modulated by 16 Hz, 1 s on, 2 s off, repeating. */
    public static AudioSource ringback(int sampleRate) {
        return new CadencedTone(ToneGenerator.modulated(sampleRate, 400, 16, 0.9, LEVEL), true, 1000, 2000);
    }

    /** 話中音: 400 Hz, 0.5 s on, 0.5 s off, repeating. */
    public static AudioSource busy(int sampleRate) {
        return new CadencedTone(new ToneGenerator(sampleRate, 400, LEVEL), true, 500, 500);
    }

    /** A short 1 kHz beep of 200 ms (for example before recording starts); then the source ends. */
    public static AudioSource beep(int sampleRate) {
        return new CadencedTone(new ToneGenerator(sampleRate, 1000, LEVEL), false, 200);
    }

    /** A gentle generated melody that loops for as long as the call is held. */
    public static AudioSource musicOnHold(int sampleRate) {
        return new MusicOnHold(sampleRate);
    }
}
