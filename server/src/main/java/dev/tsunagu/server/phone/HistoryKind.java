package dev.tsunagu.server.phone;

/** The softphone's history tabs (SP-14). */
enum HistoryKind {
    ANSWERED, MISSED, OUTGOING
}
