package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;

/**
 * {@code t=<start> <stop>} with the {@code r=} lines that follow it, kept as text. WebRTC always
 * writes {@code t=0 0}.
 */
public record Timing(long start, long stop, List<String> repeats) {

    public static final Timing UNBOUNDED = new Timing(0, 0, List.of());

    public Timing {
        repeats = List.copyOf(repeats);
    }

    static Timing parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 2) {
            throw SdpSyntax.invalid("bad timing: " + SdpSyntax.abbreviate(value));
        }
        return new Timing(SdpSyntax.parseLong(f.get(0), 0, Long.MAX_VALUE, "start time"),
                SdpSyntax.parseLong(f.get(1), 0, Long.MAX_VALUE, "stop time"), List.of());
    }

    Timing withRepeat(String repeat) {
        List<String> more = new java.util.ArrayList<>(repeats);
        more.add(repeat);
        return new Timing(start, stop, more);
    }
}
