package dev.tsunagu.telephony.call;

/**
 * Where the views of one line go when the line is not a softphone tab (a SIP phone, a trunk side, a
 * dev phone): the SIP edge turns "ringing" into an INVITE and "ended" into a BYE. Called on the
 * call's executor: keep it short and never block.
 */
@FunctionalInterface
public interface LineSink {

    void on(CallView view);
}
