package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEndpoint;

/**
 * One phone as the PBX sees it: a softphone tab with its persistent media leg, a SIP phone, a dev
 * phone, or one side of a trunk call. {@code number} is the extension for {@link LineKind#EXTENSION}
 * lines and the phone's own number (its caller ID) for {@link LineKind#OUTSIDE} ones. An extension
 * may have several lines (two tabs); all of them ring for an incoming call.
 */
public record PhoneLine(String id, String extension, String displayName, MediaEndpoint leg, LineKind kind) {

    public PhoneLine {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(extension, "extension");
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A line of an extension. */
    public PhoneLine(String id, String extension, String displayName, MediaEndpoint leg) {
        this(id, extension, displayName, leg, LineKind.EXTENSION);
    }

    /** The line's number: its extension, or for an outside line its own number. */
    public String number() {
        return extension;
    }

    public boolean isOutside() {
        return kind == LineKind.OUTSIDE;
    }
}
