package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;

/** A refused video command: {@code invalidPayload} with a message key the pages translate. */
final class VideoProblem {

    private VideoProblem() {
    }

    /** The key is the whole message, as for the softphone's refusals; {@code why} is for the reader of the code. */
    static RealtimeException of(String key, String why) {
        return new RealtimeException(RealtimeError.invalidPayload, key);
    }
}
