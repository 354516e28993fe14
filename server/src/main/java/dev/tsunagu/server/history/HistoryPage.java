package dev.tsunagu.server.history;

import java.util.List;

/**
 * One page of a history, newest first. {@code labels} (the business-label history only, else empty)
 * counts the filtered calls per label, over every page.
 */
record HistoryPage(List<HistoryEntry> entries, int page, int size, long total, int pages, List<LabelCount> labels) {

    record LabelCount(String label, long calls) {
    }
}
