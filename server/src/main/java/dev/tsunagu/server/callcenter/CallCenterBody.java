package dev.tsunagu.server.callcenter;

import java.util.List;

/** The REST shapes of {@code /api/admin/call-centers} (docs/protocol.md). Enums travel as names. */
final class CallCenterBody {

    private CallCenterBody() {
    }

    record MemberBody(Long accountId, Integer skill) {
    }

    /** What an admin sends; numbers may be typed in any spelling (SP-04 normalisation). */
    record Draft(String name, List<String> numbers, List<MemberBody> members, String strategy, Integer ringTimeoutSeconds,
                 Integer afterCallWorkSeconds, Integer maximumWaitSeconds, String overflowKind, Long overflowCallCenterId,
                 String overflowExtension, String businessLabel) {
    }

    record View(long id, String name, List<String> numbers, List<CallCenterSettings.Member> members, String strategy,
                int ringTimeoutSeconds, int afterCallWorkSeconds, int maximumWaitSeconds, String overflowKind,
                Long overflowCallCenterId, String overflowExtension, String businessLabel) {

        static View of(CallCenterSettings c) {
            return new View(c.id(), c.name(), c.numbers(), c.members(), c.strategy().name(), c.ringTimeoutSeconds(),
                    c.afterCallWorkSeconds(), c.maximumWaitSeconds(), c.overflowKind().name(), c.overflowCallCenterId(),
                    c.overflowExtension(), c.businessLabel());
        }
    }
}
