package dev.tsunagu.server.history;

import dev.tsunagu.server.interaction.CallNote;
import dev.tsunagu.server.interaction.Tag;
import java.time.Instant;
import java.util.List;

/**
 * One row of a history: the call's summary, the agents who talked on it, the tags and notes agents
 * attached, and (call-center history) the call's passage through one call center.
 */
record HistoryEntry(String callId, Instant startedAt, Instant endedAt, Integer durationSeconds, Direction direction,
                    String callerNumber, String dialledNumber, String outsideNumber, String businessLabel, CallCenter callCenter,
                    boolean answered, List<Agent> agents, List<Tag> tags, List<CallNote> notes, Visit visit) {

    record CallCenter(String id, String name) {
    }

    /** An account that talked on the call, with its talk time over all its parts. */
    record Agent(long accountId, String name, String extension, int talkSeconds) {
    }

    /** How the call went through one call center; {@code waitSeconds} from entering to its outcome. */
    record Visit(String callCenterId, String callCenterName, String businessLabel, Instant enteredAt,
                 CallCenterOutcome.Outcome outcome, Instant outcomeAt, Integer waitSeconds, Long agentAccountId, String agentName) {
    }

    /** What the query reads, before tags, notes and agents are added. */
    record Row(String callId, Instant startedAt, Instant endedAt, Direction direction, String callerNumber, String dialledNumber,
               String outsideNumber, String businessLabel, CallCenter callCenter, boolean answered, Visit visit) {
    }
}
