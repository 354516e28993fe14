package dev.tsunagu.media;

import java.util.ArrayList;
import java.util.List;

/**
 * A key as sound (ITU-T Q.23): its row and column tones together, the column tone a little louder
 * as telephones make it, for peers that play keys in their audio.
 */
public final class DtmfTone {

    private static final String KEYS = "123A456B789C*0#D";
    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final double ROW_AMPLITUDE = 6000;
    private static final double COLUMN_AMPLITUDE = 7000;

    private DtmfTone() {
    }

    /** 20 ms frames at {@code sampleRate}: the key for {@code toneMillis}, then {@code silenceMillis} of silence. */
    public static List<short[]> frames(char key, int toneMillis, int silenceMillis, int sampleRate) {
        int index = KEYS.indexOf(Character.toUpperCase(key));
        if (index < 0) {
            throw new IllegalArgumentException("not a DTMF key: " + key);
        }
        double row = ROWS[index / 4];
        double column = COLUMNS[index % 4];
        int frame = sampleRate / 50;
        int toneSamples = sampleRate * toneMillis / 1000;
        int total = toneSamples + sampleRate * silenceMillis / 1000;
        List<short[]> frames = new ArrayList<>();
        for (int start = 0; start < total; start += frame) {
            short[] pcm = new short[frame];
            for (int i = 0; i < frame && start + i < toneSamples; i++) {
                double t = (double) (start + i) / sampleRate;
                pcm[i] = (short) Math.round(ROW_AMPLITUDE * Math.sin(2 * Math.PI * row * t)
                        + COLUMN_AMPLITUDE * Math.sin(2 * Math.PI * column * t));
            }
            frames.add(pcm);
        }
        return frames;
    }
}
