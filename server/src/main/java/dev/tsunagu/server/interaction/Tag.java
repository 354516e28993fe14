package dev.tsunagu.server.interaction;

/** A tag agents put on calls (WS-04), defined by administrators. */
public record Tag(long id, String name) {
}
