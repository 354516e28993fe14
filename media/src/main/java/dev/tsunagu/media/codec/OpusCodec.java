package dev.tsunagu.media.codec;

import dev.tsunagu.media.MediaException;
import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;

/**
 * Opus (RFC 6716) through Concentus, set up for WebRTC voice: 48 kHz, 20 ms frames, VoIP
 * application, in-band FEC. Always 48 kHz PCM: Concentus 1.0.2 decodes hybrid-mode packets (what
 * browsers send for speech at 24 kbit/s and up) to silence at lower output rates, so narrowband
 * legs go through {@link Resampler} instead. One encoder and one decoder per stream; neither is
 * thread-safe.
 */
public final class OpusCodec {

    /** The RTP clock rate of Opus. */
    public static final int RTP_CLOCK_RATE = 48000;
    public static final int FRAME_MILLIS = 20;
    /** The largest Opus packet (RFC 6716 §3.2.1 says 1275 bytes per frame). */
    public static final int MAX_PACKET = 1275;

    private OpusCodec() {
    }

    /** The PCM rate of encoder input and decoder output. */
    public static final int SAMPLE_RATE = 48000;
    /** Samples per channel in one 20 ms frame. */
    public static final int FRAME_SAMPLES = SAMPLE_RATE / 1000 * FRAME_MILLIS;

    /** An encoder for mono (1) or interleaved stereo (2) 48 kHz PCM at the given bit rate. */
    public static Encoder encoder(int channels, int bitrate) throws MediaException {
        return new Encoder(channels, bitrate);
    }

    /** A decoder producing mono (1) or interleaved stereo (2) 48 kHz PCM. */
    public static Decoder decoder(int channels) throws MediaException {
        return new Decoder(channels);
    }

    private static void checkChannels(int channels) {
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("Opus channels must be 1 or 2");
        }
    }

    private static MediaException codecError(String what, Exception e) {
        return new MediaException(MediaException.Reason.CODEC_ERROR, what + ": " + e.getMessage(), e);
    }

    /** Encodes 20 ms frames of interleaved 16-bit PCM. */
    public static final class Encoder {
        private final OpusEncoder encoder;
        private final int frameSamples;
        private final int channels;

        private Encoder(int channels, int bitrate) throws MediaException {
            checkChannels(channels);
            try {
                encoder = new OpusEncoder(SAMPLE_RATE, channels, OpusApplication.OPUS_APPLICATION_VOIP);
                encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
                encoder.setBitrate(bitrate);
                encoder.setComplexity(5);
                encoder.setUseInbandFEC(true);
                // FEC data is only added when the encoder expects loss; WebRTC's default guess.
                encoder.setPacketLossPercent(10);
            } catch (OpusException | IllegalArgumentException e) {
                throw codecError("cannot create Opus encoder", e);
            }
            this.channels = channels;
            this.frameSamples = FRAME_SAMPLES;
        }

        /** Samples per channel in one 20 ms frame. */
        public int frameSamples() {
            return frameSamples;
        }

        public void setBitrate(int bitrate) {
            encoder.setBitrate(bitrate);
        }

        /** Tells the encoder the loss it should protect against with FEC (from RTCP reports). */
        public void setExpectedLossPercent(int percent) {
            encoder.setPacketLossPercent(Math.max(0, Math.min(100, percent)));
        }

        /** Encodes one frame ({@code frameSamples × channels} samples) and returns the packet length. */
        public int encode(short[] pcm, int offset, byte[] out, int outOffset, int maxBytes) throws MediaException {
            try {
                return encoder.encode(pcm, offset, frameSamples, out, outOffset, Math.min(maxBytes, MAX_PACKET));
            } catch (OpusException | RuntimeException e) {
                throw codecError("Opus encode failed", e);
            }
        }

        public int channels() {
            return channels;
        }
    }

    /** Decodes packets, conceals lost ones, and recovers a lost frame from the next packet's FEC. */
    public static final class Decoder {
        private final OpusDecoder decoder;
        private final int frameSamples;
        private final int channels;

        private Decoder(int channels) throws MediaException {
            checkChannels(channels);
            try {
                decoder = new OpusDecoder(SAMPLE_RATE, channels);
            } catch (OpusException | IllegalArgumentException e) {
                throw codecError("cannot create Opus decoder", e);
            }
            this.channels = channels;
            this.frameSamples = FRAME_SAMPLES;
        }

        /** Samples per channel in one 20 ms frame. */
        public int frameSamples() {
            return frameSamples;
        }

        public int channels() {
            return channels;
        }

        /**
         * Decodes a packet into {@code out} (room for 120 ms is always enough) and returns the samples
         * per channel written. A {@code null} packet means "lost": the decoder conceals one 20 ms
         * frame (packet loss concealment). Corrupt packets give CODEC_ERROR.
         */
        public int decode(byte[] packet, int offset, int length, short[] out, int outOffset) throws MediaException {
            if (packet == null) {
                return conceal(out, outOffset);
            }
            if (length <= 0) {
                throw new MediaException(MediaException.Reason.CODEC_ERROR, "empty Opus packet");
            }
            try {
                int maxSamples = (out.length - outOffset) / channels;
                return decoder.decode(packet, offset, length, out, outOffset, Math.min(maxSamples, frameSamples * 6), false);
            } catch (OpusException | RuntimeException e) {
                throw codecError("Opus decode failed", e);
            }
        }

        /** Conceals one lost 20 ms frame. */
        public int conceal(short[] out, int outOffset) throws MediaException {
            try {
                return decoder.decode(null, 0, 0, out, outOffset, frameSamples, false);
            } catch (OpusException | RuntimeException e) {
                throw codecError("Opus concealment failed", e);
            }
        }

        /**
         * Recovers the frame <em>before</em> {@code nextPacket} from the FEC data it carries (falls
         * back to concealment inside the decoder when the packet has none). Call it for the lost
         * frame, then decode {@code nextPacket} normally.
         */
        public int decodeFec(byte[] nextPacket, int offset, int length, short[] out, int outOffset) throws MediaException {
            if (nextPacket == null || length <= 0) {
                return conceal(out, outOffset);
            }
            try {
                return decoder.decode(nextPacket, offset, length, out, outOffset, frameSamples, true);
            } catch (OpusException | RuntimeException e) {
                throw codecError("Opus FEC decode failed", e);
            }
        }

        /** Resets the decoder state, for example after a stream restart. */
        public void reset() {
            decoder.resetState();
        }
    }
}
