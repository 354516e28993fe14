package dev.tsunagu.server.realtime;

/** Why a frame was refused; sent as the {@code code} of an {@code error} event (docs/protocol.md). */
public enum RealtimeError {
    malformed, unsupportedVersion, unknownType, invalidPayload, forbidden, internal
}
