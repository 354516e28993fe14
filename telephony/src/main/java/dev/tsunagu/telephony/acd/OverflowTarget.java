package dev.tsunagu.telephony.acd;

/** Where a call goes when it has waited a call center's maximum wait (CC-02 overflow/timeout). */
public sealed interface OverflowTarget {

    /** Queue in another call center; the call keeps its place by arrival there. */
    record ToCallCenter(String callCenterId) implements OverflowTarget {
        public ToCallCenter {
            RoutingException.requireId(callCenterId, "overflow call center");
        }
    }

    /** Ring an extension (a supervisor, a voicemail box) outside routing. */
    record ToExtension(String extension) implements OverflowTarget {
        public ToExtension {
            RoutingException.requireId(extension, "overflow extension");
        }
    }

    /** Play a message (a prompt name), then hang up. */
    record MessageThenHangUp(String prompt) implements OverflowTarget {
        public MessageThenHangUp {
            RoutingException.requireId(prompt, "overflow prompt");
        }
    }

    /** Hang up. */
    record HangUp() implements OverflowTarget {
    }
}
