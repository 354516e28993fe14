package dev.tsunagu.telephony.call;

import java.util.concurrent.ScheduledFuture;

/** A transfer under way: who started it, whom it hands over, and how far it got. */
final class Transfer {

    /** Keyed numbers longer than this are a mistake, not a destination. */
    static final int MAX_DIGITS = 20;

    final TransferView.Kind kind;
    final Party by;
    final Party held;
    TransferView.Stage stage;
    /** The target's phone once it answered. */
    Party target;
    final StringBuilder digits = new StringBuilder();
    ScheduledFuture<?> digitTimer;

    Transfer(TransferView.Kind kind, Party by, Party held, TransferView.Stage stage) {
        this.kind = kind;
        this.by = by;
        this.held = held;
        this.stage = stage;
    }

    TransferView view() {
        return new TransferView(kind, stage, digits.toString());
    }
}
