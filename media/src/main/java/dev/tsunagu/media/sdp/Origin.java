package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype> <address>}. The session id is
 * text because browsers use the full unsigned 64-bit range.
 */
public record Origin(String username, String sessionId, long sessionVersion,
                     String netType, String addressType, String address) {

    public Origin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(netType, "netType");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(address, "address");
        if (!SdpSyntax.isDigits(sessionId) || sessionVersion < 0) {
            throw new IllegalArgumentException("origin session id and version must be decimal");
        }
    }

    static Origin parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 6 || !SdpSyntax.isDigits(f.get(1))) {
            throw SdpSyntax.invalid("bad origin: " + SdpSyntax.abbreviate(value));
        }
        long version = SdpSyntax.parseLong(f.get(2), 0, Long.MAX_VALUE, "origin session version");
        return new Origin(f.get(0), f.get(1), version,
                SdpSyntax.requireToken(f.get(3), "origin nettype"),
                SdpSyntax.requireToken(f.get(4), "origin addrtype"), f.get(5));
    }

    String sdpValue() {
        return username + " " + sessionId + " " + sessionVersion + " " + netType + " " + addressType + " " + address;
    }
}
