package dev.tsunagu.telephony.call;

public enum CallDirection {
    OUTGOING, INCOMING
}
