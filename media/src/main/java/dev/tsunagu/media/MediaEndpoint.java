package dev.tsunagu.media;

/** One call leg terminated in the engine. */
public interface MediaEndpoint extends AudioPort, AutoCloseable {

    EndpointState state();

    EndpointStats stats();

    /** Releases the leg: its bridge forgets it and its port route is removed. */
    @Override
    void close();
}
