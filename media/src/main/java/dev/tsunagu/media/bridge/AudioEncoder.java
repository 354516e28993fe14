package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.G711;
import dev.tsunagu.media.codec.OpusCodec;
import dev.tsunagu.media.codec.Resampler;

/** Encodes 20 ms frames of 48 kHz PCM for one outgoing stream in its codec. One instance per stream. */
final class AudioEncoder {

    private static final int OPUS_BITRATE = 32_000;

    private final AudioCodec codec;
    private final OpusCodec.Encoder opus;
    private final Resampler downsampler;
    private final short[] native8k = new short[AudioDecoder.MIX_FRAME];
    private final byte[] packet = new byte[OpusCodec.MAX_PACKET];

    AudioEncoder(AudioCodec codec) throws MediaException {
        this.codec = codec;
        this.opus = codec == AudioCodec.OPUS ? OpusCodec.encoder(1, OPUS_BITRATE) : null;
        this.downsampler = codec == AudioCodec.OPUS ? null : new Resampler(AudioDecoder.MIX_RATE, codec.clockRate());
    }

    AudioCodec codec() {
        return codec;
    }

    /** Encodes one 960-sample frame at 48 kHz into {@link #packet()}; returns the payload length. */
    int encode48k(short[] pcm, int samples) throws MediaException {
        if (opus != null) {
            return opus.encode(pcm, 0, packet, 0, packet.length);
        }
        int n = downsampler.process(pcm, 0, samples, native8k, 0);
        if (codec == AudioCodec.PCMU) {
            G711.encodeUlaw(native8k, 0, n, packet, 0);
        } else {
            G711.encodeAlaw(native8k, 0, n, packet, 0);
        }
        return n;
    }

    byte[] packet() {
        return packet;
    }
}
