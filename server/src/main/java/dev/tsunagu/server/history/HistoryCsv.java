package dev.tsunagu.server.history;

import dev.tsunagu.server.interaction.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A history as a CSV file (columns in docs/protocol.md, "Histories"), written like the phonebook
 * export: UTF-8 with a byte-order mark (Excel needs it for Japanese), every field quoted, CRLF
 * line ends, and a cell that starts like a formula gets a leading apostrophe (CSV injection). Times
 * are local to the request's time zone, as {@code 2026-05-01 10:23:45}, which spreadsheets read as
 * dates.
 */
final class HistoryCsv {

    static final List<String> CALL_COLUMNS = List.of("call_id", "started_at", "ended_at", "duration_seconds", "direction",
            "caller_number", "outside_number", "dialled_number", "business_label", "call_center", "answered", "agents",
            "talk_seconds", "tags", "notes");
    static final List<String> CALL_CENTER_COLUMNS = List.of("call_id", "entered_at", "call_center", "business_label", "outcome",
            "wait_seconds", "answered_by", "outcome_at", "outside_number", "dialled_number", "started_at", "ended_at",
            "duration_seconds", "agents", "talk_seconds", "tags", "notes");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryCsv() {
    }

    static byte[] write(HistoryView view, List<HistoryEntry> entries, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        boolean visits = view == HistoryView.CALL_CENTERS;
        line(out, visits ? CALL_CENTER_COLUMNS : CALL_COLUMNS);
        for (HistoryEntry e : entries) {
            line(out, visits ? visitRow(e, zone) : callRow(e, zone));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> callRow(HistoryEntry e, ZoneId zone) {
        List<String> row = new ArrayList<>(List.of(e.callId(), time(e.startedAt(), zone), time(e.endedAt(), zone), text(e.durationSeconds()),
                text(e.direction()), text(e.callerNumber()), text(e.outsideNumber()), text(e.dialledNumber()), text(e.businessLabel()),
                e.callCenter() == null ? "" : text(e.callCenter().name()), Boolean.toString(e.answered())));
        row.addAll(attached(e));
        return row;
    }

    private static List<String> visitRow(HistoryEntry e, ZoneId zone) {
        HistoryEntry.Visit v = e.visit();
        List<String> row = new ArrayList<>(List.of(e.callId(), time(v.enteredAt(), zone), text(v.callCenterName()), text(v.businessLabel()),
                text(v.outcome()), text(v.waitSeconds()), text(v.agentName()), time(v.outcomeAt(), zone), text(e.outsideNumber()),
                text(e.dialledNumber()), time(e.startedAt(), zone), time(e.endedAt(), zone), text(e.durationSeconds())));
        row.addAll(attached(e));
        return row;
    }

    /** Agents, their talk times in the same order, tags, and notes as "author: text", one per line. */
    private static List<String> attached(HistoryEntry e) {
        return List.of(
                e.agents().stream().map(a -> a.name() + " (" + a.extension() + ")").collect(Collectors.joining("; ")),
                e.agents().stream().map(a -> Integer.toString(a.talkSeconds())).collect(Collectors.joining("; ")),
                e.tags().stream().map(Tag::name).collect(Collectors.joining("; ")),
                e.notes().stream().map(n -> n.author() + ": " + n.body()).collect(Collectors.joining("\n")));
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A cell that a spreadsheet would run as a formula is kept as text. */
    static String guarded(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void line(StringWriter out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(guarded(fields.get(i)).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }
}
