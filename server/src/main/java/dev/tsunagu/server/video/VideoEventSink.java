package dev.tsunagu.server.video;

/** Where a leg's events go: a communicator's tab or a customer's page. */
@FunctionalInterface
interface VideoEventSink {
    void send(String type, Object payload);
}
