package dev.tsunagu.server.video;

/** Why a video call ended (VE-05–VE-08); sent as {@code endReason} and to the customer's page. */
enum VideoEndReason {
    agentEnded, customerEnded, callEnded, timeLimit, replaced
}
