package dev.tsunagu.media.stun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.stun.StunAttribute.*;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ICE connectivity check as a browser sends it to us, and our answer (RFC 8445 §7.2, §7.3). */
class IceBindingTest {

    private static final byte[] TID = HexFormat.of().parseHex("0102030405060708090a0b0c");
    /** The password we (the ICE-lite agent being checked) gave out in our SDP. */
    private static final byte[] LOCAL_KEY = StunMessage.shortTermKey("localIcePasswordOf24Char");

    @Test
    void bindingRequestAndSuccessResponseRoundTrip() throws Exception {
        StunMessage request = StunMessage.of(StunMessageType.BINDING_REQUEST, TID,
                new Username("remoteUfrag:localUfrag"),
                new StunAttribute.Raw(0xC057, new byte[] {0, 1, 0, 10}), // GOOG-NETWORK-INFO
                new IceControlling(0x1122334455667788L),
                new UseCandidate(),
                new Priority(1853824767L));
        byte[] wire = request.encode(LOCAL_KEY, true);

        assertThat(StunMessage.isStun(wire, 0, wire.length)).isTrue();
        assertThat(StunMessage.verifyFingerprint(wire, 0, wire.length)).isTrue();
        assertThat(StunMessage.verifyIntegrity(wire, 0, wire.length, LOCAL_KEY)).isTrue();
        StunMessage received = StunMessage.parse(wire, 0, wire.length);
        assertThat(received.type()).isEqualTo(StunMessageType.BINDING_REQUEST);
        assertThat(received.attributes().subList(0, 5)).isEqualTo(request.attributes());
        assertThat(received.attribute(Username.class)).contains(new Username("remoteUfrag:localUfrag"));
        assertThat(received.attribute(UseCandidate.class)).isPresent();
        assertThat(received.attribute(IceControlling.class)).contains(new IceControlling(0x1122334455667788L));
        assertThat(received.attribute(Priority.class)).contains(new Priority(1853824767L));
        assertThat(received.unknownComprehensionRequired()).isEmpty();

        InetSocketAddress source = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 51234);
        StunMessage response = StunMessage.of(StunMessageType.BINDING_SUCCESS, received.transactionId(),
                new XorMappedAddress(source));
        byte[] answer = response.encode(LOCAL_KEY, true);

        assertThat(StunMessage.verifyIntegrity(answer, 0, answer.length, LOCAL_KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(answer, 0, answer.length)).isTrue();
        StunMessage parsedAnswer = StunMessage.parse(answer, 0, answer.length);
        assertThat(parsedAnswer.transactionId()).isEqualTo(TID);
        assertThat(parsedAnswer.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(parsedAnswer.attribute(XorMappedAddress.class)).contains(new XorMappedAddress(source));
    }

    @Test
    void requestSignedWithAnotherPasswordFailsIntegrity() {
        byte[] wire = StunMessage.of(StunMessageType.BINDING_REQUEST, TID, new Username("a:b"))
                .encode(StunMessage.shortTermKey("someone else"), true);

        assertThat(StunMessage.verifyFingerprint(wire, 0, wire.length)).isTrue();
        assertThat(StunMessage.verifyIntegrity(wire, 0, wire.length, LOCAL_KEY)).isFalse();
    }

    @Test
    void unknownComprehensionRequiredAttributeIsReportedAndAnsweredWith420() throws MediaException {
        byte[] wire = StunMessage.of(StunMessageType.BINDING_REQUEST, TID,
                new Username("a:b"),
                new StunAttribute.Raw(0x7F01, new byte[] {1, 2, 3}),
                new StunAttribute.Raw(0xC001, new byte[] {0, 0, 0, 1})) // NOMINATION: optional
                .encode(LOCAL_KEY, true);

        StunMessage received = StunMessage.parse(wire, 0, wire.length);
        assertThat(received.unknownComprehensionRequired()).containsExactly(0x7F01);
        assertThat(received.attribute(StunAttribute.Raw.class)).get()
                .isEqualTo(new StunAttribute.Raw(0x7F01, new byte[] {1, 2, 3}));

        StunMessage error = StunMessage.of(StunMessageType.BINDING_ERROR, received.transactionId(),
                new ErrorCode(ErrorCode.UNKNOWN_ATTRIBUTE, "Unknown Attribute"),
                new UnknownAttributes(received.unknownComprehensionRequired()));
        byte[] errorWire = error.encode(LOCAL_KEY, true);
        StunMessage parsedError = StunMessage.parse(errorWire, 0, errorWire.length);
        assertThat(parsedError.type().messageClass()).isEqualTo(StunClass.ERROR_RESPONSE);
        assertThat(parsedError.attribute(ErrorCode.class)).contains(new ErrorCode(420, "Unknown Attribute"));
        assertThat(parsedError.attribute(UnknownAttributes.class)).contains(new UnknownAttributes(List.of(0x7F01)));
    }

    @Test
    void roleConflictErrorAndMappedAddressRoundTrip() throws Exception {
        StunMessage m = StunMessage.of(StunMessageType.BINDING_ERROR, TID,
                new ErrorCode(ErrorCode.ROLE_CONFLICT, "Role Conflict"),
                new MappedAddress(new InetSocketAddress(InetAddress.getByName("10.1.2.3"), 3478)),
                new IceControlled(-1L),
                new Software("tsunagu"));
        byte[] wire = m.encode();

        assertThat(StunMessage.parse(wire, 0, wire.length)).isEqualTo(m);
        assertThat(StunMessage.verifyIntegrity(wire, 0, wire.length, LOCAL_KEY)).isFalse();
        assertThat(StunMessage.verifyFingerprint(wire, 0, wire.length)).isFalse();
    }

    @Test
    void ipv4MappedIpv6AddressKeepsItsFamily() throws Exception {
        byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffff0a000001");
        InetSocketAddress address = new InetSocketAddress(java.net.Inet6Address.getByAddress(null, mapped, -1), 9);
        byte[] wire = StunMessage.of(StunMessageType.BINDING_SUCCESS, TID, new XorMappedAddress(address)).encode();

        assertThat(wire).hasSize(20 + 4 + 20);
        StunMessage parsed = StunMessage.parse(wire, 0, wire.length);
        assertThat(parsed.attribute(XorMappedAddress.class).orElseThrow().address().getAddress().getAddress())
                .isEqualTo(mapped);
    }
}
