package dev.tsunagu.telephony.call;

/**
 * A call that came in through a call center: whether routing still holds its caller, and which
 * agent answered. Owned by the call and touched only on its executor.
 */
final class Queued {

    final String callCenterId;
    /** The caller waits for an agent (music, announcements, offers); false once answered or overflowed. */
    boolean waiting = true;
    /** The caller hears the closing message of an overflow and is hung up after it. */
    boolean closing;
    /** The agent's party that answered the offer. */
    Party agent;
    boolean callerReported;
    boolean agentReported;

    Queued(String callCenterId) {
        this.callCenterId = callCenterId;
    }
}
