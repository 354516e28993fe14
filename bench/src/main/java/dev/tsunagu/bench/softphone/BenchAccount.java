package dev.tsunagu.bench.softphone;

/** A sign-in of the server under test with an extension: a demo agent or an account the harness made. */
record BenchAccount(String login, String password) {
}
