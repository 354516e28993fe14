package dev.tsunagu.server.interaction;

import java.time.Instant;

/** One agent's note on a call (WS-05): at most {@value InteractionRules#MAX_NOTE} characters. */
public record CallNote(String callId, long accountId, String author, String body, Instant updatedAt) {
}
