package dev.tsunagu.telephony.call;

import java.time.Instant;

/**
 * One line's part in a call, written when it leaves: what history keeps. {@code connectedAt} is null
 * when the line never talked (missed, refused). {@code historic} is false for a line whose part is
 * recorded by another line of the same extension (a second tab that also rang).
 */
public record PartyRecord(String callId, String lineId, String extension, String name, CallDirection direction,
                          String remoteNumber, String remoteName, Instant startedAt, Instant connectedAt, Instant endedAt,
                          EndCause cause, boolean historic) {

    public boolean answered() {
        return connectedAt != null;
    }
}
