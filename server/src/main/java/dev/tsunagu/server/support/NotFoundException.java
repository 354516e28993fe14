package dev.tsunagu.server.support;

/** The addressed thing does not exist in the caller's tenant; becomes a 404 problem document. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
