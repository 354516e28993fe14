package dev.tsunagu.server.history;

import java.util.Arrays;
import java.util.Optional;

/** The three histories (CC-04), by the path segment that names them. */
enum HistoryView {
    /** Every call (通話履歴). */
    CALLS("calls"),
    /** Calls with a business label (業務ラベル履歴). */
    LABELS("labels"),
    /** Calls that entered a call center, one row per call center entered (コールセンター履歴). */
    CALL_CENTERS("call-centers");

    final String path;

    HistoryView(String path) {
        this.path = path;
    }

    static Optional<HistoryView> ofPath(String path) {
        return Arrays.stream(values()).filter(v -> v.path.equals(path)).findFirst();
    }
}
