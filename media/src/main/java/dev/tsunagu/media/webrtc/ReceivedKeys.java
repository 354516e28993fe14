package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.DtmfDeduplicator;
import dev.tsunagu.media.codec.DtmfReceiver;
import dev.tsunagu.media.codec.InbandDtmf;
import dev.tsunagu.media.rtp.RtpPacket;
import java.util.function.Consumer;

/**
 * The keys a browser leg's peer presses: RFC 4733 events, and tones in its audio while in-band
 * detection is on, reported once per press ({@link DtmfDeduplicator}). Fed on the reader thread.
 */
final class ReceivedKeys {

    private final DtmfReceiver events = new DtmfReceiver();
    private final DtmfDeduplicator pressed = new DtmfDeduplicator();
    /** Null while in-band detection is off; swapped by any thread, used on the reader thread. */
    private volatile InbandDtmf tones;
    private volatile Consumer<Character> listener;

    void listener(Consumer<Character> listener) {
        this.listener = listener;
    }

    void detectTones(boolean on) {
        if (!on) {
            tones = null;
        } else if (tones == null) {
            tones = new InbandDtmf(key -> {
                if (pressed.tone(key, System.nanoTime())) {
                    report(key);
                }
            });
        }
    }

    void event(RtpPacket packet) throws MediaException {
        char key = events.receive(packet.timestamp(), packet.buffer(), packet.payloadOffset(), packet.payloadLength());
        if (pressed.event(key, System.nanoTime())) {
            report(key);
        }
    }

    /**
     * Listens for tones in a frame, after forwarding, so detection adds no delay to the bridge.
     * An undecodable frame was delivered anyway; only its keys are lost, as for a frame lost on the network.
     */
    void audio(AudioCodec codec, RtpPacket packet) {
        InbandDtmf detector = tones;
        if (detector == null || !pressed.tonesCount()) {
            return;
        }
        try {
            detector.accept(codec, packet.buffer(), packet.payloadOffset(), packet.payloadLength());
        } catch (MediaException e) {
            // see above
        }
    }

    private void report(char key) {
        Consumer<Character> target = listener;
        if (target != null) {
            target.accept(key);
        }
    }
}
