package dev.tsunagu.sip.trunk;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an address is one of a trunk's: an IP literal, a CIDR block, or a host name (resolved when the trunk is configured). */
final class AddressMatch {

    private final byte[] network;
    private final int prefix;

    private AddressMatch(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    static AddressMatch parse(String spec) throws UnknownHostException {
        String s = spec.trim();
        int slash = s.indexOf('/');
        InetAddress base = InetAddress.getByName(slash < 0 ? s : s.substring(0, slash));
        byte[] raw = base.getAddress();
        int bits = slash < 0 ? raw.length * 8 : Integer.parseInt(s.substring(slash + 1));
        if (bits < 0 || bits > raw.length * 8) {
            throw new UnknownHostException("bad prefix length in " + spec);
        }
        return new AddressMatch(raw, bits);
    }

    boolean matches(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (network[full] & mask);
    }
}
