package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.copy;
import static dev.tsunagu.media.srtp.TestPackets.rtcp;
import static dev.tsunagu.media.srtp.TestPackets.rtp;
import static dev.tsunagu.media.srtp.TestPackets.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both ends of one DTLS-SRTP association, keyed from the same exporter output. */
class SrtpSessionTest {

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void clientAndServerUnderstandEachOther(SrtpProfile profile) throws Exception {
        byte[] material = sequence(40, profile.keyingMaterialLength());
        SrtpSession client = SrtpSession.create(SrtpKeys.fromDtlsExport(material, profile, false));
        SrtpSession server = SrtpSession.create(SrtpKeys.fromDtlsExport(material, profile, true), 256);
        byte[] wire = new byte[1500];
        byte[] plain = new byte[1500];

        byte[] media = rtp(1, 0x11111111, 160);
        int n = client.protectRtp(media, 0, media.length, wire);
        assertThat(copy(plain, server.unprotectRtp(wire, 0, n, plain))).isEqualTo(media);

        byte[] reply = rtp(7, 0x22222222, 160);
        n = server.protectRtp(reply, 0, reply.length, wire);
        assertThat(copy(plain, client.unprotectRtp(wire, 0, n, plain))).isEqualTo(reply);

        byte[] report = rtcp(0x22222222, 20);
        n = server.protectRtcp(report, 0, report.length, wire);
        assertThat(copy(plain, client.unprotectRtcp(wire, 0, n, plain))).isEqualTo(report);
        n = client.protectRtcp(report, 0, report.length, wire);
        assertThat(copy(plain, server.unprotectRtcp(wire, 0, n, plain))).isEqualTo(report);

        assertThat(server.profile()).isEqualTo(profile);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void ourOwnPacketsDoNotUnprotectWithThePeersKey(SrtpProfile profile) throws Exception {
        byte[] material = sequence(0, profile.keyingMaterialLength());
        SrtpSession server = SrtpSession.create(SrtpKeys.fromDtlsExport(material, profile, true));
        byte[] media = rtp(1, 0x11111111, 40);
        byte[] wire = new byte[200];
        int n = server.protectRtp(media, 0, media.length, wire);

        assertThatThrownBy(() -> server.unprotectRtp(wire, 0, n, new byte[200]))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.AUTHENTICATION_FAILED));
    }
}
