package dev.tsunagu.server.interaction;

import java.util.List;

/** What agents attached to one call: its tags and every agent's note. Histories show it beside the call. */
public record CallRecord(String callId, List<Tag> tags, List<CallNote> notes) {

    public static CallRecord empty(String callId) {
        return new CallRecord(callId, List.of(), List.of());
    }
}
