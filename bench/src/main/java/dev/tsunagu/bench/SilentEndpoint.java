package dev.tsunagu.bench;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioReceiver;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.EndpointStats;
import dev.tsunagu.media.MediaEndpoint;

/**
 * A connected Opus leg with no network behind it: what a bridge sends it is counted and dropped,
 * so a benchmark of the bridge measures the bridge (decode, mix, encode), not SRTP or sockets.
 */
final class SilentEndpoint implements MediaEndpoint {

    private final String id;
    private long bytesSent;

    SilentEndpoint(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public AudioCodec sendCodec() {
        return AudioCodec.OPUS;
    }

    @Override
    public void receiver(AudioReceiver receiver) {
        // Audio is pushed into the bridge by the benchmark itself.
    }

    @Override
    public void sendAudio(AudioCodec codec, byte[] payload, int off, int len, int samples) {
        bytesSent += len;
    }

    long bytesSent() {
        return bytesSent;
    }

    @Override
    public EndpointState state() {
        return EndpointState.CONNECTED;
    }

    @Override
    public EndpointStats stats() {
        return new EndpointStats(EndpointState.CONNECTED, 0, 0, 0, 0, 0, null, 0, bytesSent, 0);
    }

    @Override
    public void onStateChange(java.util.function.Consumer<EndpointState> listener) {
    }

    @Override
    public void onDtmf(java.util.function.Consumer<Character> listener) {
    }

    @Override
    public void detectInbandDtmf(boolean on) {
        // No audio arrives to listen to.
    }

    @Override
    public boolean sendDtmf(char key, int millis) {
        return false;
    }

    @Override
    public void close() {
    }
}
