package dev.tsunagu.server.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A checked history request. Dates are days in {@code zone}, both included; {@code null} means no
 * limit. {@code onlyAccount} is set for USER accounts: they see the calls they took part in.
 */
record HistoryFilter(HistoryView view, LocalDate from, LocalDate to, ZoneId zone, Long agent, String callCenter, String label,
                     Long tag, CallCenterOutcome.Outcome outcome, int page, int size, Long onlyAccount) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after {@code to}, exclusive. */
    Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    HistoryFilter unpaged(int limit) {
        return new HistoryFilter(view, from, to, zone, agent, callCenter, label, tag, outcome, 0, limit, onlyAccount);
    }
}
