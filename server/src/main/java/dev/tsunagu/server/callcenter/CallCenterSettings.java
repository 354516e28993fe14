package dev.tsunagu.server.callcenter;

import java.util.List;

/**
 * One call center as an administrator configures it. {@code overflowKind} says where a caller goes
 * after {@code maximumWaitSeconds}: another call center ({@code overflowCallCenterId}), an
 * extension ({@code overflowExtension}), a closing message then hang-up, or a hang-up.
 */
record CallCenterSettings(long id, String name, List<String> numbers, List<Member> members, Strategy strategy,
                          int ringTimeoutSeconds, int afterCallWorkSeconds, int maximumWaitSeconds, OverflowKind overflowKind,
                          Long overflowCallCenterId, String overflowExtension, String businessLabel) {

    /** A member agent (an account flagged as agent, with an extension) and their skill here, 1–10. */
    record Member(long accountId, int skill) {
    }

    enum Strategy { LONGEST_IDLE, ROUND_ROBIN, SKILLS }

    enum OverflowKind { CALL_CENTER, EXTENSION, MESSAGE, HANG_UP }
}
