package dev.tsunagu.server.directory;

/** One customer in a phonebook: the number calls are matched on, and what the workspace shows. */
public record PhonebookEntry(long id, String book, String number, String name, String nameKana, String company, String memo) {

    /** Whether this entry comes from an extension's own book rather than the common one. */
    public boolean personal() {
        return !book.isEmpty();
    }
}
