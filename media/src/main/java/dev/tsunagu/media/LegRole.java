package dev.tsunagu.media;

/**
 * How a leg takes part in a mixing bridge (DESIGN §3: monitor, whisper and barge are roles).
 */
public sealed interface LegRole {

    /** Heard by everyone else, hears everyone else: a participant (and a barging supervisor). */
    record SpeakAndListen() implements LegRole {
    }

    /** Hears everyone, heard by nobody: a monitoring supervisor. */
    record ListenOnly() implements LegRole {
    }

    /** Hears everyone, heard only by the leg {@code targetEndpointId}: a whispering supervisor. */
    record Whisper(String targetEndpointId) implements LegRole {
    }

    LegRole SPEAK_AND_LISTEN = new SpeakAndListen();
    LegRole LISTEN_ONLY = new ListenOnly();

    /** Whether a leg with this role is heard by the leg {@code listenerId}. */
    default boolean isHeardBy(String listenerId) {
        return switch (this) {
            case SpeakAndListen s -> true;
            case ListenOnly l -> false;
            case Whisper w -> w.targetEndpointId().equals(listenerId);
        };
    }
}
