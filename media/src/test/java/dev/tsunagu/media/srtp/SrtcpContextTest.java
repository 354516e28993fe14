package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.copy;
import static dev.tsunagu.media.srtp.TestPackets.masterKey;
import static dev.tsunagu.media.srtp.TestPackets.rtcp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.MediaException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtcpContextTest {

    private static final int SSRC = 0x0badcafe;

    private final byte[] out = new byte[2048];

    private static SrtcpContext context(SrtpProfile profile) {
        return SrtcpContext.create(profile, masterKey(profile, 5));
    }

    private static byte[] protect(SrtcpContext sender, byte[] rtcp) throws MediaException {
        byte[] buffer = new byte[rtcp.length + sender.overhead()];
        return copy(buffer, sender.protect(rtcp, 0, rtcp.length, buffer));
    }

    private byte[] unprotect(SrtcpContext receiver, byte[] srtcp) throws MediaException {
        return copy(out, receiver.unprotect(srtcp, 0, srtcp.length, out));
    }

    private static void assertReason(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static int indexWord(SrtpProfile profile, byte[] srtcp) {
        int offset = profile.isAead() ? srtcp.length - 4 : srtcp.length - profile.srtcpTagLength() - 4;
        return Bytes.getInt(srtcp, offset);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsWithAnEncryptedCountingIndex(SrtpProfile profile) throws Exception {
        SrtcpContext sender = context(profile);
        SrtcpContext receiver = context(profile);
        for (int i = 0; i < 200; i++) {
            byte[] rtcp = rtcp(SSRC, i % 40);
            byte[] srtcp = protect(sender, rtcp);

            assertThat(srtcp).hasSize(rtcp.length + 4 + profile.srtcpTagLength());
            assertThat(indexWord(profile, srtcp)).isEqualTo(0x80000000 | i);
            assertThat(copy(srtcp, 8)).isEqualTo(copy(rtcp, 8));
            assertThat(unprotect(receiver, srtcp)).isEqualTo(rtcp);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void eachSsrcCountsItsOwnIndex(SrtpProfile profile) throws Exception {
        SrtcpContext sender = context(profile);
        protect(sender, rtcp(1, 0));
        protect(sender, rtcp(1, 0));
        assertThat(indexWord(profile, protect(sender, rtcp(2, 0)))).isEqualTo(0x80000000);
        assertThat(indexWord(profile, protect(sender, rtcp(1, 0)))).isEqualTo(0x80000002);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void reorderingWithinTheWindowIsAcceptedAndReplaysAreNot(SrtpProfile profile) throws Exception {
        SrtcpContext sender = context(profile);
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            packets.add(protect(sender, rtcp(SSRC, 4)));
        }
        List<byte[]> shuffled = new ArrayList<>(packets.subList(0, 101));
        Random random = new Random(9);
        for (int from = 0; from < shuffled.size(); from += 30) {
            Collections.shuffle(shuffled.subList(from, Math.min(from + 30, shuffled.size())), random);
        }
        SrtcpContext receiver = context(profile);
        for (byte[] srtcp : shuffled) {
            unprotect(receiver, srtcp);
        }

        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(100)));
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(50)));
        unprotect(receiver, packets.get(127));
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(63)));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void tooOldIsReplayedEvenIfNeverSeen(SrtpProfile profile) throws Exception {
        SrtcpContext sender = context(profile);
        byte[] first = protect(sender, rtcp(SSRC, 0));
        for (int i = 1; i < 64; i++) {
            protect(sender, rtcp(SSRC, 0));
        }
        byte[] index64 = protect(sender, rtcp(SSRC, 0));
        SrtcpContext receiver = context(profile);
        unprotect(receiver, index64);

        assertReason(Reason.REPLAYED, () -> unprotect(receiver, first));
        SrtcpContext wide = SrtcpContext.create(profile, masterKey(profile, 5), 256);
        unprotect(wide, index64);
        assertThat(unprotect(wide, first)).isEqualTo(rtcp(SSRC, 0));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void forgedPacketsDoNotMoveTheWindow(SrtpProfile profile) throws Exception {
        SrtcpContext sender = context(profile);
        byte[] genuine = protect(sender, rtcp(SSRC, 8));
        byte[] forged = genuine.clone();
        forged[12] ^= 0x40;
        SrtcpContext receiver = context(profile);

        assertReason(Reason.AUTHENTICATION_FAILED, () -> unprotect(receiver, forged));
        assertThat(unprotect(receiver, genuine)).isEqualTo(rtcp(SSRC, 8));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aFlippedBitAnywhereFailsAuthentication(SrtpProfile profile) throws Exception {
        byte[] srtcp = protect(context(profile), rtcp(SSRC, 12));
        for (int bit = 0; bit < srtcp.length * 8; bit++) {
            byte[] damaged = srtcp.clone();
            damaged[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            int flipped = bit;
            assertThatThrownBy(() -> unprotect(context(profile), damaged))
                    .as("bit %d", flipped)
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void everyTruncationIsRejected(SrtpProfile profile) throws Exception {
        byte[] srtcp = protect(context(profile), rtcp(SSRC, 12));
        for (int len = 0; len < srtcp.length; len++) {
            int n = len;
            Reason expected = len < 8 + 4 + profile.srtcpTagLength()
                    ? Reason.MALFORMED_PACKET : Reason.AUTHENTICATION_FAILED;
            assertReason(expected, () -> context(profile).unprotect(srtcp, 0, n, out));
        }
        assertReason(Reason.MALFORMED_PACKET, () -> context(profile).protect(srtcp, 0, 7, out));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void randomBytesOnlyEverGiveMediaException(SrtpProfile profile) throws Exception {
        Random random = new Random(profile.ordinal() + 21);
        SrtcpContext fresh = context(profile);
        SrtcpContext primed = context(profile);
        SrtcpContext sender = context(profile);
        for (int i = 0; i < 10; i++) {
            unprotect(primed, protect(sender, rtcp(SSRC, 0)));
        }
        for (int i = 0; i < 3000; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            if (i % 2 == 0 && junk.length >= 8) {
                Bytes.putInt(junk, 4, SSRC);
            }
            for (SrtcpContext receiver : List.of(fresh, primed)) {
                assertThatThrownBy(() -> receiver.unprotect(junk, 0, junk.length, out))
                        .isInstanceOf(MediaException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void worksInPlaceAndAtAnOffset(SrtpProfile profile) throws Exception {
        byte[] rtcp = rtcp(SSRC, 60);
        byte[] buffer = new byte[rtcp.length + 64];
        System.arraycopy(rtcp, 0, buffer, 0, rtcp.length);
        int protectedLength = context(profile).protect(buffer, 0, rtcp.length, buffer);
        int plainLength = context(profile).unprotect(buffer, 0, protectedLength, buffer);
        assertThat(copy(buffer, plainLength)).isEqualTo(rtcp);

        context(profile).protect(rtcp, 0, rtcp.length, out);
        byte[] shifted = new byte[protectedLength + 33];
        System.arraycopy(out, 0, shifted, 33, protectedLength);
        plainLength = context(profile).unprotect(shifted, 33, protectedLength, shifted);
        assertThat(copy(shifted, plainLength)).isEqualTo(rtcp);
    }

    @Test
    void aesCmAcceptsAnAuthenticatedButUnencryptedPacket() throws Exception {
        SrtpProfile profile = SrtpProfile.AES_CM_128_HMAC_SHA1_80;
        SessionKeys keys = KeyDerivation.srtcp(profile, masterKey(profile, 5));
        byte[] rtcp = rtcp(SSRC, 16);
        byte[] packet = new byte[rtcp.length + 4 + 10];
        System.arraycopy(rtcp, 0, packet, 0, rtcp.length);
        Bytes.putInt(packet, rtcp.length, 7); // E = 0, index 7
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(keys.authKey(), "HmacSHA1"));
        mac.update(packet, 0, rtcp.length + 4);
        System.arraycopy(mac.doFinal(), 0, packet, rtcp.length + 4, 10);

        SrtcpContext receiver = context(profile);
        assertThat(unprotect(receiver, packet)).isEqualTo(rtcp);
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packet));
    }
}
