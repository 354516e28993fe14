package dev.tsunagu.server.identity;

/** Where an account lands after signing in (WS-01). Implemented by the web module, which knows the screens and settings. */
public interface Landing {

    String pathFor(AccountPrincipal account);
}
