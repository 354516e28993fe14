package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/** {@code c=<nettype> <addrtype> <connection-address>}. */
public record Connection(String netType, String addressType, String address) {

    public Connection {
        Objects.requireNonNull(netType, "netType");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(address, "address");
    }

    /** {@code IN IP4} or {@code IN IP6} chosen from the address's form. */
    public static Connection of(String address) {
        return new Connection("IN", address.indexOf(':') >= 0 ? "IP6" : "IP4", address);
    }

    static Connection parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 3) {
            throw SdpSyntax.invalid("bad connection: " + SdpSyntax.abbreviate(value));
        }
        return new Connection(SdpSyntax.requireToken(f.get(0), "connection nettype"),
                SdpSyntax.requireToken(f.get(1), "connection addrtype"), f.get(2));
    }

    String sdpValue() {
        return netType + " " + addressType + " " + address;
    }
}
