package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The outcome of answering a browser's offer for its audio section: what the RTP, DTLS and ICE
 * stages of the leg need. {@code primaryCodec} is the codec we send (the first of the accepted
 * list); the browser may send any accepted codec, so each accepted one has its payload type here.
 * {@code remoteCname} is {@code null} if the offer named none.
 */
public record NegotiatedAudio(
        String mid,
        AudioCodec primaryCodec,
        int primaryPayloadType,
        OptionalInt opusPayloadType,
        OptionalInt pcmuPayloadType,
        OptionalInt pcmaPayloadType,
        OptionalInt telephoneEventPayloadType,
        OptionalInt audioLevelExtensionId,
        Direction localDirection,
        boolean rtcpReducedSize,
        String remoteIceUfrag,
        String remoteIcePwd,
        Fingerprint remoteFingerprint,
        Setup remoteSetup,
        List<Long> remoteSsrcs,
        String remoteCname,
        List<Candidate> remoteCandidates) {

    public NegotiatedAudio {
        Objects.requireNonNull(primaryCodec, "primaryCodec");
        Objects.requireNonNull(localDirection, "localDirection");
        Objects.requireNonNull(remoteIceUfrag, "remoteIceUfrag");
        Objects.requireNonNull(remoteIcePwd, "remoteIcePwd");
        Objects.requireNonNull(remoteFingerprint, "remoteFingerprint");
        Objects.requireNonNull(remoteSetup, "remoteSetup");
        remoteSsrcs = List.copyOf(remoteSsrcs);
        remoteCandidates = List.copyOf(remoteCandidates);
    }

    /** The payload type of a codec, if accepted. */
    public OptionalInt payloadType(AudioCodec codec) {
        return switch (codec) {
            case OPUS -> opusPayloadType;
            case PCMU -> pcmuPayloadType;
            case PCMA -> pcmaPayloadType;
        };
    }

    /** The codec a received payload type stands for, or {@code null} (telephone-event, unknown). */
    public AudioCodec codecOf(int payloadType) {
        for (AudioCodec c : AudioCodec.values()) {
            OptionalInt pt = payloadType(c);
            if (pt.isPresent() && pt.getAsInt() == payloadType) {
                return c;
            }
        }
        return null;
    }
}
