package dev.tsunagu.telephony.call;

/** A transfer this line has under way: which kind, how far it got, and the digits keyed so far. */
public record TransferView(Kind kind, Stage stage, String digits) {

    public enum Kind {
        /** Hold, dial, talk, then Transfer (SP-09). */
        ATTENDED,
        /** {@code *}: guidance, keyed number, talk, hang up to hand over (SP-10). */
        STAR,
        /** {@code #}: guidance, keyed number, handed over at once (SP-11). */
        HASH
    }

    public enum Stage { COLLECTING, DIALING, TALKING }
}
