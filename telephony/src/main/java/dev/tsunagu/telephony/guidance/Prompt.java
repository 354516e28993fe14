package dev.tsunagu.telephony.guidance;

import java.util.Arrays;
import java.util.Optional;

/** The voice guidance the PBX plays; files at {@code prompts/<language>/<file>.wav} on the classpath. */
public enum Prompt {
    /** "Please enter the transfer number" ({@code *} and {@code #} transfers). */
    TRANSFER_NUMBER("transfer-number"),
    /** "The transfer could not be completed." */
    TRANSFER_FAILED("transfer-failed"),
    /** "Your call is on hold. Please wait." */
    PARKED("parked"),
    /** "All our agents are busy. Please stay on the line." (a caller waiting in a call center) */
    QUEUE_WAIT("queue-wait"),
    /** "You are caller number 1." … up to 5: the waiting caller's place, after {@link #QUEUE_WAIT}. */
    QUEUE_POSITION_1("queue-position-1"),
    QUEUE_POSITION_2("queue-position-2"),
    QUEUE_POSITION_3("queue-position-3"),
    QUEUE_POSITION_4("queue-position-4"),
    QUEUE_POSITION_5("queue-position-5"),
    /** "We are sorry, all our agents are still busy. Please call again later." (overflow: message, then hang-up) */
    QUEUE_CLOSED("queue-closed");

    /** Places up to this one are announced by number. */
    public static final int ANNOUNCED_POSITIONS = 5;

    private final String file;

    Prompt(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The prompt saying the caller's place, for places 1 to {@link #ANNOUNCED_POSITIONS}. */
    public static Optional<Prompt> position(int place) {
        return place < 1 || place > ANNOUNCED_POSITIONS ? Optional.empty() : byFile("queue-position-" + place);
    }

    /** The prompt stored under {@code file} (as call-center settings name a closing message). */
    public static Optional<Prompt> byFile(String file) {
        return Arrays.stream(values()).filter(p -> p.file.equals(file)).findFirst();
    }
}
