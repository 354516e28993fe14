package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.G711;
import dev.tsunagu.media.codec.OpusCodec;

/** Decodes one leg's incoming frames to PCM at the codec's own rate (48 kHz Opus, 8 kHz G.711). */
final class AudioDecoder {

    private OpusCodec opus;
    private final short[] pcm = new short[OpusCodec.FRAME_SAMPLES * 6];

    /** Decodes into {@link #pcm()}; returns the samples decoded. */
    int decode(AudioCodec codec, byte[] payload, int off, int len) throws MediaException {
        return switch (codec) {
            case OPUS -> {
                if (opus == null) {
                    opus = new OpusCodec(32_000);
                }
                yield opus.decode(payload, off, len, pcm);
            }
            case PCMU, PCMA -> {
                int n = Math.min(len, pcm.length);
                G711.decode(codec == AudioCodec.PCMU, payload, off, n, pcm);
                yield n;
            }
        };
    }

    short[] pcm() {
        return pcm;
    }
}
