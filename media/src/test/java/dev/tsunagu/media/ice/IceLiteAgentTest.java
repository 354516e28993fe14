package dev.tsunagu.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.stun.StunAttribute;
import dev.tsunagu.media.stun.StunClass;
import dev.tsunagu.media.stun.StunMessage;
import dev.tsunagu.media.stun.StunMessageType;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IceLiteAgentTest {

    private final IceCredentials local = IceCredentials.random();
    private final IceLiteAgent agent = new IceLiteAgent(local);
    private final InetSocketAddress browser = new InetSocketAddress("192.0.2.10", 50000);
    private final List<byte[]> sent = new ArrayList<>();
    private final IceLiteAgent.Responder responder = (buf, off, len, to) -> {
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        sent.add(copy);
    };

    private byte[] check(String username, String password, boolean useCandidate) {
        List<StunAttribute> attributes = new ArrayList<>(List.of(
                new StunAttribute.Username(username), new StunAttribute.Priority(1853824767L),
                new StunAttribute.IceControlling(0x1234567890L)));
        if (useCandidate) {
            attributes.add(new StunAttribute.UseCandidate());
        }
        byte[] id = new byte[12];
        new Random(1).nextBytes(id);
        return StunMessage.of(StunMessageType.BINDING_REQUEST, id, attributes.toArray(StunAttribute[]::new))
                .encode(StunMessage.shortTermKey(password), true);
    }

    @Test
    void aValidNominatingCheckIsAnsweredWithTheSourceAddressAndIntegrity() throws Exception {
        agent.remoteUfrag("brws");
        byte[] request = check(local.ufrag() + ":brws", local.pwd(), true);

        assertThat(agent.handle(request, 0, request.length, browser, responder)).isEqualTo(IceCheckResult.NOMINATED);

        byte[] answer = sent.getFirst();
        StunMessage response = StunMessage.parse(answer, 0, answer.length);
        assertThat(response.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(response.transactionId()).isEqualTo(StunMessage.parse(request, 0, request.length).transactionId());
        assertThat(response.attribute(StunAttribute.XorMappedAddress.class)).hasValue(new StunAttribute.XorMappedAddress(browser));
        assertThat(StunMessage.verifyIntegrity(answer, 0, answer.length, StunMessage.shortTermKey(local.pwd()))).isTrue();
        assertThat(StunMessage.verifyFingerprint(answer, 0, answer.length)).isTrue();
    }

    @Test
    void aCheckWithoutUseCandidateIsValidButNotNominated() throws Exception {
        byte[] request = check(local.ufrag() + ":brws", local.pwd(), false);
        assertThat(agent.handle(request, 0, request.length, browser, responder)).isEqualTo(IceCheckResult.VALID);
    }

    @Test
    void aWrongPasswordGets401() throws Exception {
        byte[] request = check(local.ufrag() + ":brws", "a-password-that-is-wrong-!", true);
        assertThat(agent.handle(request, 0, request.length, browser, responder)).isEqualTo(IceCheckResult.REFUSED);
        assertThat(errorCode(sent.getFirst())).isEqualTo(401);
    }

    @Test
    void aCheckForAnotherUfragOrFromAnotherSenderGets400() throws Exception {
        agent.remoteUfrag("brws");
        byte[] other = check("zzzz:brws", local.pwd(), true);
        byte[] wrongSender = check(local.ufrag() + ":evil", local.pwd(), true);
        assertThat(agent.handle(other, 0, other.length, browser, responder)).isEqualTo(IceCheckResult.REFUSED);
        assertThat(agent.handle(wrongSender, 0, wrongSender.length, browser, responder)).isEqualTo(IceCheckResult.REFUSED);
        assertThat(errorCode(sent.get(0))).isEqualTo(400);
        assertThat(errorCode(sent.get(1))).isEqualTo(400);
    }

    @Test
    void responsesAndIndicationsAreIgnored() throws Exception {
        byte[] indication = StunMessage.of(StunMessageType.BINDING_INDICATION, new byte[12]).encode(null, true);
        assertThat(agent.handle(indication, 0, indication.length, browser, responder)).isEqualTo(IceCheckResult.REFUSED);
        assertThat(sent).isEmpty();
    }

    @Test
    void theAddressedUfragIsReadWithoutCredentials() {
        byte[] request = check(local.ufrag() + ":brws", "whatever-password-here-x", true);
        assertThat(IceLiteAgent.addressedUfrag(request, 0, request.length)).hasValue(local.ufrag());
        assertThat(IceLiteAgent.addressedUfrag(new byte[] {1, 2, 3}, 0, 3)).isEmpty();
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButMediaException() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] junk = new byte[random.nextInt(120)];
            random.nextBytes(junk);
            if (junk.length > 8 && random.nextBoolean()) {
                junk[0] = 0;
                junk[1] = 1;
                junk[4] = 0x21;
                junk[5] = 0x12;
                junk[6] = (byte) 0xA4;
                junk[7] = 0x42;
            }
            assertThatCode(() -> {
                try {
                    agent.handle(junk, 0, junk.length, browser, responder);
                } catch (MediaException expected) {
                    // dropped and counted by the endpoint
                }
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void credentialsAreLongEnoughAndDistinct() {
        IceCredentials a = IceCredentials.random();
        IceCredentials b = IceCredentials.random();
        assertThat(a.pwd()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(a).isNotEqualTo(b);
    }

    private static int errorCode(byte[] raw) throws MediaException {
        StunMessage message = StunMessage.parse(raw, 0, raw.length);
        assertThat(message.type().messageClass()).isEqualTo(StunClass.ERROR_RESPONSE);
        return message.attribute(StunAttribute.ErrorCode.class).orElseThrow().code();
    }
}
