package dev.tsunagu.server.video;

/** What a communicator saved from a video call (VE-04). */
enum VideoFileKind {
    capture, recording
}
