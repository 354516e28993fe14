package dev.tsunagu.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavPromptTest {

    /** Writes a canonical WAV: RIFF, an optional LIST chunk, fmt, data. */
    static byte[] wav(int rate, int channels, int bits, int format, short[] samples, boolean extraChunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int blockAlign = channels * bits / 8;
        int dataSize = samples.length * 2;
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) format).putShort((short) channels).putInt(rate).putInt(rate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits);
        ByteBuffer data = ByteBuffer.allocate(dataSize).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            data.putShort(s);
        }
        byte[] list = "INFOISFT\u0005\u0000\u0000\u0000test\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int riffSize = 4 + 8 + 16 + 8 + dataSize + (extraChunk ? 8 + list.length + 1 : 0);
        out.writeBytes("RIFF".getBytes());
        out.writeBytes(le32(riffSize));
        out.writeBytes("WAVE".getBytes());
        if (extraChunk) {
            out.writeBytes("LIST".getBytes());
            out.writeBytes(le32(list.length));
            out.writeBytes(list);
            out.write(0); // odd chunk padding
        }
        out.writeBytes("fmt ".getBytes());
        out.writeBytes(le32(16));
        out.writeBytes(fmt.array());
        out.writeBytes("data".getBytes());
        out.writeBytes(le32(dataSize));
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    private static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static short[] sine(double f, int rate, int n) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(10000 * Math.sin(2 * Math.PI * f * i / rate));
        }
        return s;
    }

    @Test
    void playsAMonoPromptResampledIn20msFrames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hold.wav");
        Files.write(file, wav(16000, 1, 16, 1, sine(500, 16000, 16000 + 100), true));

        WavPrompt prompt = WavPrompt.read(file, 8000);
        assertThat(prompt.sampleRate()).isEqualTo(8000);
        assertThat(prompt.length()).isEqualTo(8050);
        assertThat(prompt.durationMillis()).isEqualTo(1006);

        AudioSource player = prompt.player();
        short[] frame = new short[160];
        short[] all = new short[160 * 51];
        int frames = 0;
        while (player.read(frame, 0)) {
            System.arraycopy(frame, 0, all, frames * 160, 160);
            frames++;
        }
        assertThat(frames).isEqualTo(51);
        assertThat(player.read(frame, 0)).isFalse();
        assertThat(Goertzel.dominantFrequency(all, 400, 7200, 8000, 250, 500, 1000)).isEqualTo(500);
        assertThat(Goertzel.toneShare(all, 400, 7200, 500, 8000)).isGreaterThan(0.98);
        for (int i = 8050; i < all.length; i++) {
            assertThat(all[i]).isZero(); // the last frame is padded with silence
        }
    }

    @Test
    void playersAreIndependent() throws MediaException {
        WavPrompt prompt = WavPrompt.parse(wav(8000, 1, 16, 1, sine(310, 8000, 800), false), 8000);
        AudioSource a = prompt.player();
        AudioSource b = prompt.player();
        short[] fa = new short[160];
        short[] fb = new short[160];
        a.read(fa, 0);
        a.read(fa, 0);
        b.read(fb, 0);
        assertThat(fb).isNotEqualTo(fa);
        b.read(fb, 0);
        assertThat(fb).isEqualTo(fa);
    }

    @Test
    void mixesStereoDownAndAcceptsStreamingSizes() throws MediaException {
        short[] stereo = new short[1600];
        for (int i = 0; i < 800; i++) {
            stereo[2 * i] = 1000;
            stereo[2 * i + 1] = 3000;
        }
        WavPrompt p = WavPrompt.parse(wav(8000, 2, 16, 1, stereo, false), 8000);
        assertThat(p.length()).isEqualTo(800);
        short[] frame = new short[160];
        p.player().read(frame, 0);
        assertThat(frame[80]).isEqualTo((short) 2000);

        byte[] streaming = wav(8000, 1, 16, 1, sine(300, 8000, 800), false);
        ByteBuffer.wrap(streaming).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);
        assertThat(WavPrompt.parse(streaming, 8000).length()).isEqualTo(800);
    }

    @Test
    void refusesBadFiles() {
        byte[] good = wav(8000, 1, 16, 1, sine(300, 8000, 400), false);
        assertMalformed(new byte[0]);
        assertMalformed("RIFF\0\0\0\0WAVX".getBytes());
        assertMalformed(java.util.Arrays.copyOf(good, 36)); // no data chunk
        byte[] longData = good.clone();
        ByteBuffer.wrap(longData).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 100_000);
        assertMalformed(longData);
        byte[] badAlign = good.clone();
        ByteBuffer.wrap(badAlign).order(ByteOrder.LITTLE_ENDIAN).putShort(32, (short) 4);
        assertMalformed(badAlign);
        byte[] dataFirst = new byte[good.length];
        System.arraycopy(good, 0, dataFirst, 0, 12);
        System.arraycopy(good, 36, dataFirst, 12, good.length - 36);
        System.arraycopy(good, 12, dataFirst, 12 + good.length - 36, 24);
        assertMalformed(dataFirst);

        assertUnsupported(wav(8000, 1, 8, 1, new short[100], false));
        assertUnsupported(wav(8000, 1, 32, 3, new short[100], false));
        assertUnsupported(wav(8000, 6, 16, 1, new short[120], false));
        assertUnsupported(wav(12345, 1, 16, 1, new short[100], false));
    }

    @Test
    void everyTruncationAndRandomBytesFailCleanly() {
        byte[] good = wav(8000, 1, 16, 1, sine(300, 8000, 400), true);
        for (int n = 0; n < good.length; n++) {
            parseOrFail(java.util.Arrays.copyOf(good, n));
        }
        Random random = new Random(2361);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[random.nextInt(120)];
            random.nextBytes(b);
            if (i % 2 == 0 && b.length >= 12) {
                System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
                System.arraycopy("WAVE".getBytes(), 0, b, 8, 4);
            }
            parseOrFail(b);
        }
        for (int i = 0; i < 3000; i++) {
            byte[] b = good.clone();
            for (int k = 0; k < 3; k++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt();
            }
            parseOrFail(b);
        }
    }

    private static void parseOrFail(byte[] b) {
        try {
            WavPrompt.parse(b, 8000);
        } catch (MediaException e) {
            assertThat(e.reason()).isIn(MediaException.Reason.MALFORMED_PACKET, MediaException.Reason.UNSUPPORTED);
        }
    }

    private static void assertMalformed(byte[] b) {
        assertThatThrownBy(() -> WavPrompt.parse(b, 8000)).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET));
    }

    private static void assertUnsupported(byte[] b) {
        assertThatThrownBy(() -> WavPrompt.parse(b, 8000)).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNSUPPORTED));
    }
}
