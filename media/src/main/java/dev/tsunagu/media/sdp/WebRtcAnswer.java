package dev.tsunagu.media.sdp;

import java.util.Objects;

/** The answer to a browser's offer, as SDP and as the negotiated audio parameters. */
public record WebRtcAnswer(SessionDescription description, NegotiatedAudio audio) {

    public WebRtcAnswer {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(audio, "audio");
    }

    /** The answer as SDP text for signalling. */
    public String sdp() {
        return description.toSdp();
    }
}
