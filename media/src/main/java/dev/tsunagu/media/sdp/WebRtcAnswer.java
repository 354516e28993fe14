package dev.tsunagu.media.sdp;

import java.util.Objects;

/** The answer to a browser's offer, as SDP and as the negotiated audio and video parameters. */
public record WebRtcAnswer(SessionDescription description, NegotiatedAudio audio, java.util.List<NegotiatedVideo> video) {

    public WebRtcAnswer {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(audio, "audio");
        video = java.util.List.copyOf(video);
    }

    /** An audio-only answer. */
    public WebRtcAnswer(SessionDescription description, NegotiatedAudio audio) {
        this(description, audio, java.util.List.of());
    }

    /** The answer as SDP text for signalling. */
    public String sdp() {
        return description.toSdp();
    }
}
