package dev.tsunagu.telephony.call;

/** Receives call events; called on the call's own executor, one event at a time per call. */
@FunctionalInterface
public interface CallListener {

    void on(CallEvent event);
}
