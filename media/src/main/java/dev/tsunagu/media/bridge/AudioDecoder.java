package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.G711;
import dev.tsunagu.media.codec.OpusCodec;
import dev.tsunagu.media.codec.Resampler;

/**
 * Decodes one stream's frames to 16-bit PCM: at the codec's own rate for analysis, or at
 * 48 kHz, the rate bridges mix at. One instance per stream (decoder and resampler keep state).
 */
final class AudioDecoder {

    static final int MIX_RATE = 48_000;
    static final int MIX_FRAME = 960;

    private OpusCodec.Decoder opus;
    private Resampler upsampler;
    private final short[] native8k = new short[MIX_FRAME];
    private final short[] pcm = new short[MIX_FRAME * 6];

    /** Decodes at the codec's rate into {@link #pcm()}; returns the samples decoded. */
    int decode(AudioCodec codec, byte[] payload, int off, int len) throws MediaException {
        return switch (codec) {
            case OPUS -> opus().decode(payload, off, len, pcm, 0);
            case PCMU, PCMA -> g711(codec, payload, off, len, pcm);
        };
    }

    /** Decodes to 48 kHz into {@link #pcm()}; returns the samples decoded. */
    int decode48k(AudioCodec codec, byte[] payload, int off, int len) throws MediaException {
        if (codec == AudioCodec.OPUS) {
            return opus().decode(payload, off, len, pcm, 0);
        }
        int n = g711(codec, payload, off, len, native8k);
        if (upsampler == null) {
            upsampler = new Resampler(codec.clockRate(), MIX_RATE);
        }
        return upsampler.process(native8k, 0, n, pcm, 0);
    }

    /** Conceals one lost Opus frame at 48 kHz (silence for G.711, which has no concealment state). */
    int conceal48k(AudioCodec codec) throws MediaException {
        if (codec == AudioCodec.OPUS && opus != null) {
            return opus.conceal(pcm, 0);
        }
        java.util.Arrays.fill(pcm, 0, MIX_FRAME, (short) 0);
        return MIX_FRAME;
    }

    short[] pcm() {
        return pcm;
    }

    private OpusCodec.Decoder opus() throws MediaException {
        if (opus == null) {
            opus = OpusCodec.decoder(1);
        }
        return opus;
    }

    private static int g711(AudioCodec codec, byte[] payload, int off, int len, short[] out) {
        int n = Math.min(len, out.length);
        if (codec == AudioCodec.PCMU) {
            G711.decodeUlaw(payload, off, n, out, 0);
        } else {
            G711.decodeAlaw(payload, off, n, out, 0);
        }
        return n;
    }
}
