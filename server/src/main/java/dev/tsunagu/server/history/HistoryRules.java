package dev.tsunagu.server.history;

import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The form of every history filter (docs/protocol.md, "Histories"): ISO dates, an IANA time zone,
 * whole-number ids, a call-center id, a label of at most 50 characters, an outcome, a page and a
 * page size. Whether an id names something of the tenant is checked by the caller's predicates, so
 * every problem of a request is reported at once.
 */
final class HistoryRules {

    static final String DEFAULT_ZONE = "Asia/Tokyo";
    static final int MAX_LABEL = 50;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern CALL_CENTER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Existence checks of the tenant's things, asked only for well-formed values. */
    record Known(Predicate<Long> agent, Predicate<String> callCenter, Predicate<Long> tag) {
    }

    private HistoryRules() {
    }

    static HistoryFilter check(HistoryView view, HistoryParams p, Known known, Long onlyAccount) {
        Problems problems = new Problems();
        LocalDate from = date(p.from(), "from", problems);
        LocalDate to = date(p.to(), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", Code.beforeFirst);
        }
        ZoneId zone = zone(p.tz(), problems);
        Long agent = id(p.agent(), "agent", known.agent(), problems);
        String callCenter = blank(p.callCenter()) ? null : p.callCenter().strip();
        if (callCenter != null && !CALL_CENTER_ID.matcher(callCenter).matches()) {
            problems.add("callCenter", Code.invalidFormat);
        } else if (callCenter != null && !known.callCenter().test(callCenter)) {
            problems.add("callCenter", Code.unknownValue);
        }
        String label = blank(p.label()) ? null : p.label().strip();
        if (label != null && label.codePointCount(0, label.length()) > MAX_LABEL) {
            problems.add("label", Code.tooLong);
        }
        Long tag = id(p.tag(), "tag", known.tag(), problems);
        CallCenterOutcome.Outcome outcome = outcome(p.outcome(), problems);
        int page = whole(p.page(), "page", 0, Integer.MAX_VALUE, 0, problems);
        int size = whole(p.size(), "size", 1, HistoryFilter.MAX_SIZE, HistoryFilter.DEFAULT_SIZE, problems);
        problems.throwIfAny();
        return new HistoryFilter(view, from, to, zone, agent, callCenter, label, tag, outcome, page, size, onlyAccount);
    }

    private static LocalDate date(String raw, String field, Problems problems) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, Code.invalidFormat);
            return null;
        }
    }

    private static ZoneId zone(String raw, Problems problems) {
        if (blank(raw)) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            problems.add("tz", Code.unknownValue);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    private static Long id(String raw, String field, Predicate<Long> exists, Problems problems) {
        if (blank(raw)) {
            return null;
        }
        if (!WHOLE.matcher(raw.strip()).matches()) {
            problems.add(field, Code.invalidFormat);
            return null;
        }
        long id = Long.parseLong(raw.strip());
        if (!exists.test(id)) {
            problems.add(field, Code.unknownValue);
        }
        return id;
    }

    private static CallCenterOutcome.Outcome outcome(String raw, Problems problems) {
        if (blank(raw)) {
            return null;
        }
        try {
            return CallCenterOutcome.Outcome.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.add("outcome", Code.unknownValue);
            return null;
        }
    }

    private static int whole(String raw, String field, int min, int max, int otherwise, Problems problems) {
        if (blank(raw)) {
            return otherwise;
        }
        if (!WHOLE.matcher(raw.strip()).matches()) {
            problems.add(field, Code.invalidFormat);
            return otherwise;
        }
        long value = Long.parseLong(raw.strip());
        if (value < min || value > max) {
            problems.add(field, Code.outOfRange);
            return otherwise;
        }
        return (int) value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
