package dev.tsunagu.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a WAV file with a pure tone, for Chromium's fake microphone (it loops the file). */
final class ToneFile {

    private static final int RATE = 48_000;
    private static final int SECONDS = 5;

    private ToneFile() {
    }

    static Path get(int frequency) {
        try {
            Path file = Files.createTempFile("tsunagu-tone-" + frequency, ".wav");
            file.toFile().deleteOnExit();
            Files.write(file, wav(frequency));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] wav(int frequency) {
        int samples = RATE * SECONDS;
        ByteBuffer out = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                .putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            out.putShort((short) (Math.sin(2 * Math.PI * frequency * i / RATE) * 12_000));
        }
        return out.array();
    }
}
