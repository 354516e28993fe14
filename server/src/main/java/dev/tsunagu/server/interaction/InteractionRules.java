package dev.tsunagu.server.interaction;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import java.util.regex.Pattern;

/** The rules for tags and notes; notes count characters as people do (code points), so an emoji is one. */
final class InteractionRules {

    static final int MAX_TAG = 30;
    static final int MAX_NOTE = 1000;
    static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private InteractionRules() {
    }

    static String tagName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("name", Code.required));
        }
        if (name.codePointCount(0, name.length()) > MAX_TAG) {
            throw new InvalidInputException(FieldProblem.of("name", Code.tooLong));
        }
        return name;
    }

    /** The note as saved: trailing blanks go; an empty note means "no note". */
    static String note(String raw) {
        if (raw == null) {
            throw new InvalidInputException(FieldProblem.of("body", Code.required));
        }
        String body = raw.stripTrailing();
        if (body.codePointCount(0, body.length()) > MAX_NOTE) {
            throw new InvalidInputException(FieldProblem.of("body", Code.tooLong));
        }
        return body;
    }
}
