package dev.tsunagu.media.codec;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;

/**
 * Finds DTMF keys in a stream's received audio, for peers that play keys as tones instead of (or
 * as well as) sending RFC 4733 events. Each frame is decoded at its codec's own rate (Opus at
 * 48 kHz, G.711 at 8 kHz) and run through a {@link DtmfDetector}; no resampling, since the
 * detector works at either rate. The decode is what costs, so a leg only does this when asked.
 * Buffers exist up front, the Opus decoder from the first Opus frame and a detector from the first
 * frame at a new rate; after that a frame allocates nothing. One per stream; not thread-safe.
 */
public final class InbandDtmf {

    /** 120 ms at 48 kHz: the longest Opus packet, and 720 ms of G.711. */
    private static final int MAX_SAMPLES = OpusCodec.FRAME_SAMPLES * 6;

    private final DtmfDetector.Listener listener;
    private final short[] pcm = new short[MAX_SAMPLES];
    private OpusCodec.Decoder opus;
    private DtmfDetector detector;
    private int detectorRate;

    public InbandDtmf(DtmfDetector.Listener listener) {
        this.listener = listener;
    }

    /** Decodes one received frame and looks for keys in it; keys go to the listener. */
    public void accept(AudioCodec codec, byte[] payload, int off, int len) throws MediaException {
        DtmfDetector keys = detector(codec.clockRate());
        switch (codec) {
            case OPUS -> keys.process(pcm, 0, opus().decode(payload, off, len, pcm, 0));
            case PCMU, PCMA -> {
                for (int at = 0; at < len; at += pcm.length) {
                    int n = Math.min(len - at, pcm.length);
                    if (codec == AudioCodec.PCMU) {
                        G711.decodeUlaw(payload, off + at, n, pcm, 0);
                    } else {
                        G711.decodeAlaw(payload, off + at, n, pcm, 0);
                    }
                    keys.process(pcm, 0, n);
                }
            }
        }
    }

    /** The detector for this rate; a peer that switches codec mid-press starts that press afresh. */
    private DtmfDetector detector(int sampleRate) {
        if (detector == null || detectorRate != sampleRate) {
            detector = new DtmfDetector(sampleRate, listener);
            detectorRate = sampleRate;
        }
        return detector;
    }

    private OpusCodec.Decoder opus() throws MediaException {
        if (opus == null) {
            opus = OpusCodec.decoder(1);
        }
        return opus;
    }
}
