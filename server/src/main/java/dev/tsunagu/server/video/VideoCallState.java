package dev.tsunagu.server.video;

/** A video call's life: waiting for the customer, then in the room, then over for good. */
enum VideoCallState {
    WAITING, ACTIVE, ENDED;

    boolean canMoveTo(VideoCallState next) {
        return switch (this) {
            case WAITING -> next == ACTIVE || next == ENDED;
            case ACTIVE -> next == ENDED;
            case ENDED -> false;
        };
    }
}
