package dev.tsunagu.server.history;

/** A history request's query parameters as sent (every one optional), checked by {@link HistoryRules}. */
record HistoryParams(String from, String to, String tz, String agent, String callCenter, String label, String tag, String outcome,
                     String page, String size) {
}
