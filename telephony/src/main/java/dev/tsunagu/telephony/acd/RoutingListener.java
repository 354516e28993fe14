package dev.tsunagu.telephony.acd;

/**
 * Receives the engine's decisions, in order, on the engine's own thread: it must not block (hand
 * work to the call's executor). Calling the engine from here is fine — the command is queued after
 * the current one — but never wait for its future here: it completes only after this returns.
 */
@FunctionalInterface
public interface RoutingListener {

    void on(RoutingEvent event);
}
