package dev.tsunagu.media;

/**
 * The audio side of an endpoint, as bridges use it. Moving a leg between bridges only changes
 * its receiver; the outgoing stream keeps its SSRC, sequence and timestamp running, so the peer
 * needs no renegotiation.
 */
public interface AudioPort {

    String id();

    /** The codec the peer gets from us: the first of Opus, PCMU, PCMA that it accepted. */
    AudioCodec sendCodec();

    /** Where received audio goes from now on; {@code null} discards it. */
    void receiver(AudioReceiver receiver);

    /** Sends one encoded frame of {@code samples} RTP clock units; dropped unless connected. */
    void sendAudio(AudioCodec codec, byte[] payload, int off, int len, int samples);
}
