package dev.tsunagu.sip.call;

import dev.tsunagu.media.MediaEndpoint;

/** The idle leg of a registered phone's line between calls ({@link IdleLeg}). */
public final class IdleLegs {

    private IdleLegs() {
    }

    public static MediaEndpoint of(String lineId) {
        return new IdleLeg(lineId);
    }
}
