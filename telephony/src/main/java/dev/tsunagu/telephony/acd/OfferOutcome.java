package dev.tsunagu.telephony.acd;

/** Why an offer ended without the call being answered. */
public enum OfferOutcome {
    /** The agent refused the call; they stay AVAILABLE. */
    DECLINED,
    /** The phone rang out its ring timeout; with the default settings the agent goes on BREAK (missed offer). */
    NO_ANSWER
}
