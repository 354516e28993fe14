package dev.tsunagu.media.codec;

import dev.tsunagu.media.MediaException;
import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;

/**
 * Opus at 48 kHz mono, 20 ms frames (Concentus, a pure-Java port of libopus). One instance
 * keeps one encoder and one decoder state: use one per stream and direction, from one thread.
 */
public final class OpusCodec {

    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_SAMPLES = 960;
    /** Enough for any 20 ms Opus packet at WebRTC bitrates. */
    public static final int MAX_PACKET = 1275;

    private final OpusEncoder encoder;
    private final OpusDecoder decoder;

    public OpusCodec(int bitrate) {
        try {
            encoder = new OpusEncoder(SAMPLE_RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
            encoder.setBitrate(bitrate);
            encoder.setUseInbandFEC(true);
            encoder.setPacketLossPercent(5);
            decoder = new OpusDecoder(SAMPLE_RATE, 1);
        } catch (OpusException e) {
            throw new IllegalStateException("Opus cannot be set up", e);
        }
    }

    /** Encodes one 20 ms frame of 960 samples; returns the packet length written to {@code out}. */
    public int encode(short[] pcm, byte[] out) throws MediaException {
        try {
            return encoder.encode(pcm, 0, FRAME_SAMPLES, out, 0, out.length);
        } catch (OpusException e) {
            throw new MediaException(MediaException.Reason.CODEC_ERROR, "Opus encode failed: " + e.getMessage(), e);
        }
    }

    /** Decodes one packet into {@code pcm} (at least 960 samples); returns the samples decoded. */
    public int decode(byte[] packet, int off, int len, short[] pcm) throws MediaException {
        try {
            return decoder.decode(packet, off, len, pcm, 0, FRAME_SAMPLES, false);
        } catch (OpusException | RuntimeException e) {
            throw new MediaException(MediaException.Reason.CODEC_ERROR, "Opus decode failed: " + e.getMessage(), e);
        }
    }

    /** Conceals one lost 20 ms frame from the decoder's state. */
    public int conceal(short[] pcm) throws MediaException {
        try {
            return decoder.decode(null, 0, 0, pcm, 0, FRAME_SAMPLES, false);
        } catch (OpusException | RuntimeException e) {
            throw new MediaException(MediaException.Reason.CODEC_ERROR, "Opus concealment failed: " + e.getMessage(), e);
        }
    }
}
