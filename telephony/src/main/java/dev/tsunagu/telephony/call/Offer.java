package dev.tsunagu.telephony.call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/** The lines of one extension ringing for a call; the first to answer takes it, the others stop. */
final class Offer {

    enum Purpose {
        /** A new call: the caller hears ringback. */
        CALL,
        /** A consultation (attended or {@code *} transfer): the transferring party hears ringback. */
        CONSULT,
        /** A parked call came back to the phone that parked it. */
        PARK_RINGBACK,
        /** A call center's caller offered to one agent: the caller keeps waiting on music until the answer. */
        QUEUE,
        /** A handed-over call ({@code #}, or a {@code *} transfer finished before the target answered). */
        BLIND
    }

    /** Changes when a transfer completes while the target still rings (CONSULT becomes BLIND). */
    Purpose purpose;
    final String extension;
    final String extensionName;
    /** Who talks to the phone that answers. */
    Party forParty;
    final List<Party> ringing = new ArrayList<>();
    ScheduledFuture<?> timer;
    /** With {@link Purpose#QUEUE}: routing's id of this offer. */
    long queueOfferId;

    Offer(Purpose purpose, String extension, String extensionName, Party forParty) {
        this.purpose = purpose;
        this.extension = extension;
        this.extensionName = extensionName;
        this.forParty = forParty;
    }
}
