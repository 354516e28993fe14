package dev.tsunagu.server.directory;

/** An entry as typed or imported, before the rules have looked at it. */
record PhonebookDraft(String number, String name, String nameKana, String company, String memo) {
}
