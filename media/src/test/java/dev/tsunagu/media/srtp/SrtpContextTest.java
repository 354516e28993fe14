package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.copy;
import static dev.tsunagu.media.srtp.TestPackets.masterKey;
import static dev.tsunagu.media.srtp.TestPackets.rtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.MediaException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpContextTest {

    private static final int SSRC = 0x1234abcd;

    private final byte[] out = new byte[2048];

    private static SrtpContext sender(SrtpProfile profile) {
        return SrtpContext.create(profile, masterKey(profile, 1));
    }

    private static SrtpContext receiver(SrtpProfile profile) {
        return SrtpContext.create(profile, masterKey(profile, 1));
    }

    private static byte[] protect(SrtpContext sender, byte[] rtp) throws MediaException {
        byte[] buffer = new byte[rtp.length + sender.overhead()];
        return copy(buffer, sender.protect(rtp, 0, rtp.length, buffer));
    }

    private byte[] unprotect(SrtpContext receiver, byte[] srtp) throws MediaException {
        return copy(out, receiver.unprotect(srtp, 0, srtp.length, out));
    }

    private static void assertReason(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsAcrossTheSequenceNumberWrap(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        SrtpContext receiver = receiver(profile);
        for (int i = 0; i < 300; i++) {
            int seq = (65400 + i) & 0xffff;
            byte[] rtp = rtp(seq, SSRC, 160);
            byte[] srtp = protect(sender, rtp);

            assertThat(srtp).hasSize(rtp.length + profile.srtpTagLength());
            assertThat(unprotect(receiver, srtp)).as("seq %d", seq).isEqualTo(rtp);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rolloverCounterIsPartOfTheCryptoAfterTheWrap(SrtpProfile profile) throws Exception {
        // The same seq after a wrap has another index, so it is not a replay and not the same bytes.
        SrtpContext sender = sender(profile);
        byte[] first = protect(sender, rtp(10, SSRC, 40));
        for (int seq = 20; seq < 65536 + 10; seq += 20000) {
            protect(sender, rtp(seq & 0xffff, SSRC, 40));
        }
        byte[] second = protect(sender, rtp(10, SSRC, 40));
        assertThat(second).isNotEqualTo(first);

        SrtpContext receiver = receiver(profile);
        for (int seq = 10; seq < 65536 + 10; seq += 20000) {
            unprotect(receiver, protectAt(profile, seq));
        }
        assertThat(unprotect(receiver, second)).isEqualTo(rtp(10, SSRC, 40));
    }

    /** The packet a fresh sender produces for seq after walking up to it in steps that keep the ROC right. */
    private static byte[] protectAt(SrtpProfile profile, int extendedSeq) throws MediaException {
        SrtpContext sender = sender(profile);
        for (int seq = 10; seq < extendedSeq; seq += 20000) {
            protect(sender, rtp(seq & 0xffff, SSRC, 40));
        }
        return protect(sender, rtp(extendedSeq & 0xffff, SSRC, 40));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void reorderedPacketsWithinTheWindowAreAccepted(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        List<byte[]> packets = new ArrayList<>();
        for (int seq = 65500; seq < 65500 + 200; seq++) {
            packets.add(protect(sender, rtp(seq & 0xffff, SSRC, 20)));
        }
        // Shuffle in blocks of 32, so nothing arrives more than 31 behind the newest.
        Random random = new Random(3);
        for (int from = 0; from < packets.size(); from += 32) {
            Collections.shuffle(packets.subList(from, Math.min(from + 32, packets.size())), random);
        }
        SrtpContext receiver = receiver(profile);
        for (byte[] srtp : packets) {
            unprotect(receiver, srtp);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void replaysAndTooOldPacketsAreRejected(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        List<byte[]> packets = new ArrayList<>();
        for (int seq = 0; seq <= 100; seq++) {
            packets.add(protect(sender, rtp(seq, SSRC, 20)));
        }
        SrtpContext receiver = receiver(profile);
        unprotect(receiver, packets.get(100));

        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(100)));
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(36)));
        unprotect(receiver, packets.get(37));
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, packets.get(37)));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void largerWindowAcceptsOlderPackets(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        byte[] old = protect(sender, rtp(1, SSRC, 20));
        byte[] newest = protect(sender, rtp(120, SSRC, 20));
        SrtpContext receiver = SrtpContext.create(profile, masterKey(profile, 1), 128);

        unprotect(receiver, newest);
        assertThat(unprotect(receiver, old)).isEqualTo(rtp(1, SSRC, 20));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void forgedPacketsDoNotMoveTheReplayWindow(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        byte[] genuine = protect(sender, rtp(500, SSRC, 20));
        byte[] farAhead = protect(sender, rtp(30000, SSRC, 20));
        farAhead[farAhead.length - 1] ^= 1;
        byte[] forged = genuine.clone();
        forged[20] ^= 1;
        SrtpContext receiver = receiver(profile);

        assertReason(Reason.AUTHENTICATION_FAILED, () -> unprotect(receiver, forged));
        assertReason(Reason.AUTHENTICATION_FAILED, () -> unprotect(receiver, farAhead));
        assertThat(unprotect(receiver, genuine)).isEqualTo(rtp(500, SSRC, 20));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aFlippedBitAnywhereFailsAuthentication(SrtpProfile profile) throws Exception {
        byte[] srtp = protect(sender(profile), rtp(4321, SSRC, 30));
        for (int bit = 0; bit < srtp.length * 8; bit++) {
            byte[] damaged = srtp.clone();
            damaged[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            // Flips of CC, X or the extension length can make the header longer than the packet:
            // that is malformed before any key is involved. Every other flip must fail the tag.
            Reason expected = headerFits(damaged, profile) ? Reason.AUTHENTICATION_FAILED : Reason.MALFORMED_PACKET;
            assertThatThrownBy(() -> unprotect(receiver(profile), damaged))
                    .as("bit %d", bit)
                    .isInstanceOfSatisfying(MediaException.class, e -> assertThat(e.reason()).isEqualTo(expected));
        }
    }

    private static boolean headerFits(byte[] srtp, SrtpProfile profile) {
        try {
            RtpHeaderLength.of(srtp, 0, srtp.length - profile.srtpTagLength());
            return true;
        } catch (MediaException e) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void everyTruncationIsRejected(SrtpProfile profile) throws Exception {
        byte[] srtp = protect(sender(profile), rtp(77, SSRC, 30));
        int headerLength = RtpHeaderLength.of(srtp, 0, srtp.length);
        for (int len = 0; len < srtp.length; len++) {
            int n = len;
            Reason expected = len < headerLength + profile.srtpTagLength()
                    ? Reason.MALFORMED_PACKET : Reason.AUTHENTICATION_FAILED;
            assertReason(expected, () -> receiver(profile).unprotect(srtp, 0, n, out));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void randomBytesOnlyEverGiveMediaException(SrtpProfile profile) throws Exception {
        Random random = new Random(profile.ordinal() + 11);
        SrtpContext fresh = receiver(profile);
        SrtpContext primed = receiver(profile);
        SrtpContext sender = sender(profile);
        for (int seq = 0; seq < 10; seq++) {
            unprotect(primed, protect(sender, rtp(seq, SSRC, 20)));
        }
        for (int i = 0; i < 3000; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            if (i % 2 == 0 && junk.length >= 12) {
                Bytes.putInt(junk, 8, SSRC);
            }
            for (SrtpContext receiver : List.of(fresh, primed)) {
                assertThatThrownBy(() -> receiver.unprotect(junk, 0, junk.length, out))
                        .isInstanceOf(MediaException.class);
            }
            try {
                sender.protect(junk, 0, junk.length, out);
            } catch (MediaException expected) {
                // Protecting is allowed to refuse junk, but only this way.
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void worksInPlaceAndAtAnOffset(SrtpProfile profile) throws Exception {
        byte[] rtp = rtp(9, SSRC, 100);
        byte[] buffer = new byte[rtp.length + 64];
        System.arraycopy(rtp, 0, buffer, 0, rtp.length);

        int protectedLength = sender(profile).protect(buffer, 0, rtp.length, buffer);
        int plainLength = receiver(profile).unprotect(buffer, 0, protectedLength, buffer);
        assertThat(copy(buffer, plainLength)).isEqualTo(rtp);

        byte[] shifted = new byte[protectedLength + 40];
        sender(profile).protect(rtp, 0, rtp.length, out);
        System.arraycopy(out, 0, shifted, 40, protectedLength);
        plainLength = receiver(profile).unprotect(shifted, 40, protectedLength, shifted);
        assertThat(copy(shifted, plainLength)).isEqualTo(rtp);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void ssrcsKeepSeparateState(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        SrtpContext receiver = receiver(profile);
        for (int seq = 0; seq < 50; seq++) {
            for (int ssrc = 1; ssrc <= 20; ssrc++) {
                int streamSeq = (seq + ssrc * 3000) & 0xffff;
                assertThat(unprotect(receiver, protect(sender, rtp(streamSeq, ssrc, 12))))
                        .isEqualTo(rtp(streamSeq, ssrc, 12));
            }
        }
        byte[] replay = protect(sender(profile), rtp(3000 + 10, 1, 12));
        assertReason(Reason.REPLAYED, () -> unprotect(receiver, replay));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void wrongKeyFailsAuthentication(SrtpProfile profile) throws Exception {
        byte[] srtp = protect(sender(profile), rtp(1, SSRC, 20));
        SrtpContext other = SrtpContext.create(profile, masterKey(profile, 2));
        assertReason(Reason.AUTHENTICATION_FAILED, () -> unprotect(other, srtp));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void malformedRtpIsRefusedWhenProtecting(SrtpProfile profile) {
        byte[] rtp = rtp(1, SSRC, 0);
        rtp[15] = 9; // extension claims 36 bytes, there are 4
        assertReason(Reason.MALFORMED_PACKET, () -> sender(profile).protect(rtp, 0, rtp.length, out));
        assertReason(Reason.MALFORMED_PACKET, () -> sender(profile).protect(rtp, 0, 11, out));
    }

    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = "AEAD_AES_128_GCM")
    void gcmRefusesToReuseANonceBackToBack(SrtpProfile profile) throws Exception {
        SrtpContext sender = sender(profile);
        byte[] rtp = rtp(5, SSRC, 20);
        protect(sender, rtp);
        assertReason(Reason.REPLAYED, () -> protect(sender, rtp));
    }
}
