package dev.tsunagu.media.audio;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.Resampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recorded prompt ("please hold", IVR menus) read from a 16-bit PCM WAV file (mono, or stereo
 * mixed down), converted once to the rate it will be played at, and played by any number of legs
 * at the same time through independent {@link #player()}s. Bad files give MALFORMED_PACKET; valid
 * WAV in a format other than 16-bit PCM gives UNSUPPORTED.
 */
public final class WavPrompt {

    private static final int WAVE_FORMAT_PCM = 1;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long STREAMING_SIZE = 0xFFFF_FFFFL;
    /** Odd rates would need huge polyphase filters; real recordings use one of these. */
    private static final java.util.Set<Integer> STANDARD_RATES =
            java.util.Set.of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000);

    private final int sampleRate;
    private final short[] samples;

    private WavPrompt(int sampleRate, short[] samples) {
        this.sampleRate = sampleRate;
        this.samples = samples;
    }

    public static WavPrompt read(Path file, int sampleRate) throws IOException, MediaException {
        return parse(Files.readAllBytes(file), sampleRate);
    }

    /** Parses a whole WAV file and converts it to {@code sampleRate}. */
    public static WavPrompt parse(byte[] wav, int sampleRate) throws MediaException {
        if (sampleRate < 8000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("bad playback rate " + sampleRate);
        }
        if (wav.length < 12 || !tag(wav, 0, "RIFF") || !tag(wav, 8, "WAVE")) {
            throw MediaException.malformed("not a RIFF/WAVE file");
        }
        int channels = 0;
        int rate = 0;
        int at = 12;
        while (wav.length - at >= 8) {
            long size = u32(wav, at + 4);
            int body = at + 8;
            long remaining = wav.length - body;
            if (tag(wav, at, "fmt ")) {
                if (size < 16 || size > remaining) {
                    throw MediaException.malformed("bad fmt chunk size " + size);
                }
                int format = u16(wav, body);
                channels = u16(wav, body + 2);
                rate = (int) Math.min(u32(wav, body + 4), Integer.MAX_VALUE);
                long byteRate = u32(wav, body + 8);
                int blockAlign = u16(wav, body + 12);
                int bits = u16(wav, body + 14);
                if (format == WAVE_FORMAT_EXTENSIBLE && size >= 26) {
                    format = u16(wav, body + 24); // first two bytes of the sub-format GUID
                }
                if (channels == 0 || rate == 0 || blockAlign == 0) {
                    throw MediaException.malformed("fmt chunk with zero channels, rate or block size");
                }
                if (format != WAVE_FORMAT_PCM || bits != 16 || channels > 2 || !STANDARD_RATES.contains(rate)) {
                    throw new MediaException(MediaException.Reason.UNSUPPORTED, "prompt must be 16-bit PCM, mono or "
                            + "stereo (format " + format + ", " + bits + " bits, " + channels + " channels, " + rate + " Hz)");
                }
                if (blockAlign != channels * 2 || byteRate != (long) rate * blockAlign) {
                    throw MediaException.malformed("inconsistent fmt chunk");
                }
            } else if (tag(wav, at, "data")) {
                if (channels == 0) {
                    throw MediaException.malformed("data chunk before fmt chunk");
                }
                if (size == STREAMING_SIZE) {
                    size = remaining; // written by a streaming recorder that never came back
                } else if (size > remaining) {
                    throw MediaException.malformed("data chunk runs past the end of the file");
                }
                short[] pcm = decode(wav, body, (int) size, channels);
                return new WavPrompt(sampleRate, Resampler.resample(pcm, rate, sampleRate));
            } else if (size > remaining) {
                throw MediaException.malformed("chunk runs past the end of the file");
            }
            at = (int) (body + size + (size & 1)); // chunks are padded to even length
        }
        throw MediaException.malformed(channels == 0 ? "no fmt chunk" : "no data chunk");
    }

    private static short[] decode(byte[] wav, int offset, int length, int channels) {
        int frames = length / (2 * channels);
        short[] pcm = new short[frames];
        for (int i = 0; i < frames; i++) {
            int p = offset + i * 2 * channels;
            int left = (short) ((wav[p] & 0xFF) | (wav[p + 1] << 8));
            if (channels == 2) {
                int right = (short) ((wav[p + 2] & 0xFF) | (wav[p + 3] << 8));
                left = (left + right) >> 1;
            }
            pcm[i] = (short) left;
        }
        return pcm;
    }

    private static boolean tag(byte[] b, int at, String tag) {
        for (int i = 0; i < 4; i++) {
            if (b[at + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Length in samples at {@link #sampleRate()}. */
    public int length() {
        return samples.length;
    }

    public int durationMillis() {
        return (int) ((long) samples.length * 1000 / sampleRate);
    }

    /** A new cursor over the prompt: plays it once, the last frame padded with silence. */
    public AudioSource player() {
        return new AudioSource() {
            private int position;

            @Override
            public int sampleRate() {
                return sampleRate;
            }

            @Override
            public boolean read(short[] frame, int offset) {
                if (position >= samples.length) {
                    return false;
                }
                int n = frameSamples();
                int copy = Math.min(n, samples.length - position);
                System.arraycopy(samples, position, frame, offset, copy);
                java.util.Arrays.fill(frame, offset + copy, offset + n, (short) 0);
                position += copy;
                return true;
            }
        };
    }
}
