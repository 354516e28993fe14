package dev.tsunagu.server.callcenter;

import java.time.Instant;

/**
 * One agent as supervisors see it live: the status and, while ringing or on a call-center call,
 * the call. Payload of {@code supervisor.agent} and the rows of {@code /api/agents/live}.
 */
record LiveAgent(long accountId, String login, String name, String extension, String status, Instant statusSince,
                 CurrentCall call) {

    record CurrentCall(String callId, String callerNumber, String callCenterId, String callCenterName, Instant since) {
    }
}
