package dev.tsunagu.server.history;

import dev.tsunagu.server.interaction.Tag;
import java.util.List;

/** What the history filters offer: agents (only oneself for a USER), call centers, business labels, tags. */
record HistoryOptions(List<Agent> agents, List<CallCenter> callCenters, List<String> labels, List<Tag> tags) {

    record Agent(long id, String name, String extension) {
    }

    record CallCenter(String id, String name) {
    }
}
