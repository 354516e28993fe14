package dev.tsunagu.telephony.call;

/** What a party's leg is connected to: the call's media layout is derived from these. */
enum Hears {
    /** Out of every bridge: a ringing phone, or a holder (who hears silence). */
    NOTHING,
    /** In the conversation: two talkers share a forwarding bridge, three or more a mixing one. */
    TALK,
    MUSIC,
    RINGBACK,
    BUSY,
    /** Its own voice guidance ({@link Party#prompt}). */
    PROMPT,
    /** The short beep of a retrieved parked call, just before talking. */
    BEEP
}
