package dev.tsunagu.media;

/**
 * Takes the audio an endpoint receives: one RTP payload at a time, already decrypted, on the
 * thread that received it. A bridge is the usual receiver. The payload buffer is reused after
 * the call returns.
 */
@FunctionalInterface
public interface AudioReceiver {

    void onAudio(AudioPort from, AudioCodec codec, long timestamp, int sequence, byte[] payload, int off, int len);
}
