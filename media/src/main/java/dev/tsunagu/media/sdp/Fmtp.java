package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code a=fmtp:<pt> <parameters>} for an RTP payload type. The parameter text is kept as written;
 * {@link #parameterMap()} reads the usual {@code key=value;key=value} form.
 */
public record Fmtp(int payloadType, String parameters) implements Attribute {

    public Fmtp {
        Objects.requireNonNull(parameters, "parameters");
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("bad fmtp payload type " + payloadType);
        }
    }

    /** Parses a value whose first field is known to be a payload type. */
    static Fmtp parse(String value) throws MediaException {
        String text = value.stripLeading();
        int space = 0;
        while (space < text.length() && text.charAt(space) != ' ' && text.charAt(space) != '\t') {
            space++;
        }
        int pt = SdpSyntax.parseInt(text.substring(0, space), 0, 127, "fmtp payload type");
        return new Fmtp(pt, text.substring(space).strip());
    }

    /** The parameters in order; a parameter without {@code =} maps to the empty string. */
    public Map<String, String> parameterMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : parameters.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                map.put(p, "");
            } else {
                map.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
        }
        return map;
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameterMap().get(name));
    }

    @Override
    public String sdpName() {
        return "fmtp";
    }

    @Override
    public String sdpValue() {
        return parameters.isEmpty() ? Integer.toString(payloadType) : payloadType + " " + parameters;
    }
}
