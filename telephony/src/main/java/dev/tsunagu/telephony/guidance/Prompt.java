package dev.tsunagu.telephony.guidance;

/** The voice guidance the PBX plays; files at {@code prompts/<language>/<file>.wav} on the classpath. */
public enum Prompt {
    /** "Please enter the transfer number" ({@code *} and {@code #} transfers). */
    TRANSFER_NUMBER("transfer-number"),
    /** "The transfer could not be completed." */
    TRANSFER_FAILED("transfer-failed"),
    /** "Your call is on hold. Please wait." */
    PARKED("parked");

    private final String file;

    Prompt(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
