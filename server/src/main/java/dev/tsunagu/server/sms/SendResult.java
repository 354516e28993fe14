package dev.tsunagu.server.sms;

import java.util.List;

/** The provider's immediate answer to one message. */
sealed interface SendResult {

    /** Taken for delivery; one provider id per part (one part unless an SMSC got a long message in pieces). */
    record Accepted(List<String> partIds) implements SendResult {
        public Accepted {
            if (partIds.isEmpty()) {
                throw new IllegalArgumentException("an accepted message has at least one part id");
            }
            partIds = List.copyOf(partIds);
        }

        static Accepted of(String id) {
            return new Accepted(List.of(id));
        }
    }

    /** Not taken; the reason is stored with the FAILED message and shown to admins. */
    record Refused(String reason) implements SendResult {
    }
}
