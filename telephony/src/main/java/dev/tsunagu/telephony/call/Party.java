package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.telephony.channel.ChannelState;
import java.time.Instant;

/**
 * One line in one call (a channel, DESIGN §3): its state, what it hears, how it sees the others.
 * Owned by the call and touched only on the call's executor.
 */
final class Party {

    PhoneLine line;
    final CallDirection direction;
    final Instant joinedAt;
    private ChannelState state = ChannelState.DOWN;
    Hears hears = Hears.NOTHING;
    /** The bridge the leg is in now; kept by {@link CallMedia}. */
    MediaBridge bridge;
    /** What {@link Hears#PROMPT} plays. */
    AudioSource prompt;
    String remoteNumber;
    String remoteName;
    boolean muted;
    Instant connectedAt;
    /** The call was held with this party on the music side, since. */
    Instant heldAt;
    /** False for a second tab of an extension whose ringing another line records. */
    boolean historic = true;

    Party(PhoneLine line, CallDirection direction, Instant joinedAt) {
        this.line = line;
        this.direction = direction;
        this.joinedAt = joinedAt;
    }

    String id() {
        return line.id();
    }

    String number() {
        return line.extension();
    }

    String name() {
        return line.displayName();
    }

    ChannelState state() {
        return state;
    }

    void moveTo(ChannelState next) {
        if (state != next) {
            state = state.moveTo(next);
        }
    }

    boolean is(ChannelState candidate) {
        return state == candidate;
    }

    void sees(Party other) {
        sees(other.number(), other.name());
    }

    void sees(String number, String name) {
        remoteNumber = number;
        remoteName = name;
    }
}
