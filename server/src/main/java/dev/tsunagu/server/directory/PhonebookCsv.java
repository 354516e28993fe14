package dev.tsunagu.server.directory;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Phonebook files: a header row naming the columns (English or Japanese names, any order), then one
 * entry per row. Files saved by Excel in Japan are usually Shift_JIS, so a file that is not valid
 * UTF-8 is read as Windows-31J; exports are UTF-8 with a byte-order mark, which Excel needs to show
 * Japanese text.
 */
final class PhonebookCsv {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    static final List<String> HEADER = List.of("number", "name", "name_kana", "company", "memo");
    private static final Map<String, String> JAPANESE = Map.of("電話番号", "number", "名前", "name", "氏名", "name",
            "フリガナ", "name_kana", "ふりがな", "name_kana", "会社名", "company", "メモ", "memo");
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final CsvMapper CSV = new CsvMapper();

    private PhonebookCsv() {
    }

    /** Every row as a draft, or every problem found (named {@code rows[N].field}, N counting data rows from 1). */
    static List<PhonebookDraft> read(byte[] file) {
        if (file.length == 0) {
            throw new InvalidInputException(FieldProblem.of("file", Code.required));
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(FieldProblem.of("file", Code.tooLong));
        }
        List<List<String>> rows = rows(decode(file));
        if (rows.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("file", Code.required));
        }
        Map<String, Integer> columns = columns(rows.getFirst());
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException(FieldProblem.of("file", Code.tooMany));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PhonebookDraft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            String prefix = "rows[" + i + "].";
            PhonebookDraft draft = PhonebookRules.check(new PhonebookDraft(cell(row, columns, "number"), cell(row, columns, "name"),
                    cell(row, columns, "name_kana"), cell(row, columns, "company"), cell(row, columns, "memo")), prefix, problems);
            if (!draft.number().isEmpty() && seen.putIfAbsent(draft.number(), i) != null) {
                problems.add(FieldProblem.of(prefix + "number", Code.duplicate));
            }
            drafts.add(draft);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return drafts;
    }

    static byte[] write(List<PhonebookEntry> entries) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        line(out, HEADER);
        for (PhonebookEntry e : entries) {
            line(out, List.of(e.number(), e.name(), blank(e.nameKana()), blank(e.company()), blank(e.memo())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] file) {
        int skip = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file, skip, file.length - skip)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, SHIFT_JIS);
        }
    }

    private static List<List<String>> rows(String text) {
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(text)) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
                if (rows.size() > MAX_ROWS + 1) {
                    throw new InvalidInputException(FieldProblem.of("file", Code.tooMany));
                }
            }
            return rows;
        } catch (JacksonException e) {
            throw new InvalidInputException(FieldProblem.of("file", Code.invalidFormat));
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).strip();
            String name = JAPANESE.getOrDefault(raw, raw.toLowerCase(Locale.ROOT));
            if (!HEADER.contains(name)) {
                problems.add(FieldProblem.of("header[" + (i + 1) + "]", Code.unknownValue));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(FieldProblem.of("header[" + (i + 1) + "]", Code.duplicate));
            }
        }
        for (String required : List.of("number", "name")) {
            if (!columns.containsKey(required)) {
                problems.add(FieldProblem.of("header." + required, Code.required));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return columns;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? null : unguarded(row.get(index));
    }

    /**
     * A cell that starts like a formula gets a leading apostrophe on export, so a spreadsheet shows it
     * as text instead of running it (CSV injection); reading takes the apostrophe off again.
     */
    static String guarded(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String unguarded(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** RFC 4180 quoting: every field quoted, quotes doubled, CRLF line ends. */
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
