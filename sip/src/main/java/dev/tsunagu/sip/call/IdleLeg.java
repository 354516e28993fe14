package dev.tsunagu.sip.call;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioReceiver;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.EndpointStats;
import dev.tsunagu.media.MediaEndpoint;
import java.util.function.Consumer;

/**
 * The leg a registered phone's line holds between calls. Each call gets a fresh RTP leg (put in
 * with {@code Pbx.rebind}); an idle phone holds no port and nothing for the reaper to reap. It is
 * never in a bridge: a ringing line hears nothing until its INVITE has been sent with the real leg.
 */
final class IdleLeg implements MediaEndpoint {

    private final String id;

    IdleLeg(String id) {
        this.id = id;
    }

    @Override public String id() { return id; }
    @Override public AudioCodec sendCodec() { return AudioCodec.PCMU; }
    @Override public void receiver(AudioReceiver receiver) { }
    @Override public void sendAudio(AudioCodec codec, byte[] payload, int off, int len, int samples) { }
    @Override public EndpointState state() { return EndpointState.NEW; }
    @Override public void onStateChange(Consumer<EndpointState> listener) { }

    @Override
    public EndpointStats stats() {
        return new EndpointStats(EndpointState.NEW, 0, 0, 0, 0, 0, null, 0, 0, 0);
    }

    @Override public void onDtmf(Consumer<Character> listener) { }
    @Override public void detectInbandDtmf(boolean on) { }
    @Override public boolean sendDtmf(char key, int millis) { return false; }
    @Override public void close() { }
}
