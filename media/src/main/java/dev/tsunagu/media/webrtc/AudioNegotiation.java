package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.sdp.Fingerprint;
import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.ice.IceCredentials;
import dev.tsunagu.media.sdp.LocalMediaParameters;
import dev.tsunagu.media.sdp.NegotiatedAudio;
import dev.tsunagu.media.sdp.SessionDescription;
import dev.tsunagu.media.sdp.WebRtcAnswer;
import dev.tsunagu.media.sdp.WebRtcAnswerer;
import java.net.InetSocketAddress;
import java.util.OptionalInt;

/** The endpoint's view of an offer/answer: our answer text and what the RTP, ICE and DTLS stages need from it. */
final class AudioNegotiation {

    private final String answerSdp;
    private final NegotiatedAudio audio;
    private final int[] payloadTypes = new int[AudioCodec.values().length];
    private final java.util.List<dev.tsunagu.media.sdp.NegotiatedVideo> video;

    private AudioNegotiation(WebRtcAnswer answer) {
        this.answerSdp = answer.sdp();
        this.audio = answer.audio();
        this.video = answer.video();
        for (AudioCodec codec : AudioCodec.values()) {
            OptionalInt pt = audio.payloadType(codec);
            payloadTypes[codec.ordinal()] = pt.orElse(-1);
        }
    }

    static AudioNegotiation answer(String offer, IceCredentials ice, Fingerprint ours, InetSocketAddress candidate,
                                   boolean tcpCandidate, long ssrc, String cname,
                                   dev.tsunagu.media.sdp.LocalVideoParameters videoParameters)
            throws MediaException {
        LocalMediaParameters local = LocalMediaParameters.of(ice.ufrag(), ice.pwd(),
                ours,
                candidate.getAddress().getHostAddress(), candidate.getPort(), ssrc, cname, tcpCandidate);
        return new AudioNegotiation(WebRtcAnswerer.answer(SessionDescription.parse(offer), local, videoParameters));
    }

    /** The accepted video sections; empty for audio-only legs. */
    java.util.List<dev.tsunagu.media.sdp.NegotiatedVideo> video() {
        return video;
    }

    String answerSdp() {
        return answerSdp;
    }

    String remoteUfrag() {
        return audio.remoteIceUfrag();
    }

    Fingerprint remoteFingerprint() {
        return audio.remoteFingerprint();
    }

    AudioCodec sendCodec() {
        return audio.primaryCodec();
    }

    /** Our payload type number for a codec, or −1 when the peer did not accept it. */
    int payloadType(AudioCodec codec) {
        return payloadTypes[codec.ordinal()];
    }

    /** The telephone-event (RFC 4733) payload type, or −1 when the peer offered none at our clock rate. */
    int telephoneEventPayloadType() {
        return audio.telephoneEventPayloadType().orElse(-1);
    }

    /** The codec a received payload type stands for, or null (telephone-event, unknown). */
    AudioCodec codecOf(int payloadType) {
        for (AudioCodec codec : AudioCodec.values()) {
            if (payloadTypes[codec.ordinal()] == payloadType) {
                return codec;
            }
        }
        return null;
    }
}
