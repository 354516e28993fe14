package dev.tsunagu.server.pbx;

import java.util.List;

/** Extensions that may answer each other's ringing calls with {@code *8} (SP-12). Extensions are sorted. */
record PickupGroup(long id, String name, List<String> extensions) {

    PickupGroup {
        extensions = List.copyOf(extensions);
    }
}
