package dev.tsunagu.telephony.call;

/** Another party of a call, as a line sees it (the held customer during a consultation, conference members). */
public record PartyInfo(String number, String name, PartyState state) {
}
