package dev.tsunagu.server.directory;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a phonebook entry must look like. Numbers are stored normalised (SP-04: {@code +81 3-1234-5678}
 * becomes {@code 0312345678}) so a caller's number, normalised the same way, finds its entry.
 */
final class PhonebookRules {

    static final int MAX_NAME = 100;
    static final int MAX_MEMO = 1000;
    static final int MAX_DIGITS = 20;
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2," + MAX_DIGITS + "}");

    private PhonebookRules() {
    }

    /** The normalised draft, or the problems, each named {@code prefix + field}. */
    static PhonebookDraft check(PhonebookDraft draft, String prefix, List<FieldProblem> problems) {
        String number = NumberNormaliser.normalise(draft.number());
        if (number.isEmpty()) {
            problems.add(FieldProblem.of(prefix + "number", Code.required));
        } else if (!NUMBER.matcher(number).matches()) {
            problems.add(FieldProblem.of(prefix + "number", number.length() > MAX_DIGITS ? Code.tooLong : Code.invalidFormat));
        }
        String name = trimmed(draft.name());
        if (name == null) {
            problems.add(FieldProblem.of(prefix + "name", Code.required));
        }
        String kana = trimmed(draft.nameKana());
        String company = trimmed(draft.company());
        String memo = draft.memo() == null || draft.memo().isBlank() ? null : draft.memo().strip();
        tooLong(prefix + "name", name, MAX_NAME, problems);
        tooLong(prefix + "nameKana", kana, MAX_NAME, problems);
        tooLong(prefix + "company", company, MAX_NAME, problems);
        tooLong(prefix + "memo", memo, MAX_MEMO, problems);
        return new PhonebookDraft(number, name, kana, company, memo);
    }

    static PhonebookDraft check(PhonebookDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        PhonebookDraft clean = check(draft, "", problems);
        if (!problems.isEmpty()) {
            throw new dev.tsunagu.server.support.InvalidInputException(problems);
        }
        return clean;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void tooLong(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(FieldProblem.of(field, Code.tooLong));
        }
    }
}
