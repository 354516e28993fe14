package dev.tsunagu.server.directory;

/**
 * Which phonebook: the tenant's common one, or one extension's own (WS-02). In storage the common
 * book is the empty string, so one unique key covers both.
 */
record Phonebook(String extension) {

    static final Phonebook COMMON = new Phonebook(null);
    static final String COMMON_NAME = "common";

    boolean isCommon() {
        return extension == null;
    }

    String key() {
        return extension == null ? "" : extension;
    }

    /** The book's name in URLs and CSV file names: {@code common} or the extension. */
    String name() {
        return extension == null ? COMMON_NAME : extension;
    }
}
