package dev.tsunagu.telephony.call;

import java.time.Instant;

/** One move of one party in a call, in order ({@code seq} from 1): the call's timeline. */
public record TimelineEntry(int seq, Instant at, Kind kind, String number, String name, String detail) {

    public enum Kind {
        DIALED, RINGING, ANSWERED, HELD, RESUMED, MUTED, UNMUTED, PARKED, RETRIEVED, PARK_RINGBACK,
        TRANSFER_STARTED, CONSULTING, TRANSFERRED, CONFERENCED, PICKED_UP, QUEUED, OVERFLOWED, LEFT, ENDED
    }
}
