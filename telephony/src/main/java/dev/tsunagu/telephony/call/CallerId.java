package dev.tsunagu.telephony.call;

/** What a called phone is shown as the caller: a number and, when known, a name. */
public record CallerId(String number, String name) {

    /** A withheld caller ID (非通知). */
    public static final CallerId WITHHELD = new CallerId("anonymous", null);
}
