package dev.tsunagu.telephony.acd;

import java.time.Duration;

/**
 * One call offered to one agent: the owner rings the agent's extension for at most
 * {@code ringTimeout} and reports back with the offer's id (answered, or declined / not answered).
 * The engine makes no other offer of this call, and none to this agent, until then.
 */
public record Offer(long id, String callId, String callCenterId, String agentId, String extension, Duration ringTimeout) {
}
