package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape rules of account fields (docs/protocol.md, "Administration"). Uniqueness is checked by {@link AccountService}. */
final class AccountRules {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,8}");
    static final int LOGIN_MIN = 3;
    static final int LOGIN_MAX = 32;
    static final int NAME_MAX = 100;

    private AccountRules() {
    }

    /** Logins are case-insensitive: stored and looked up in lower case, without surrounding spaces. */
    static String normaliseLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    static String normaliseExtension(String extension) {
        return extension == null || extension.isBlank() ? null : extension.strip();
    }

    static void checkLogin(Problems problems, String login) {
        if (login.isEmpty()) {
            problems.add("login", Code.required);
        } else if (login.length() < LOGIN_MIN) {
            problems.add("login", Code.tooShort);
        } else if (login.length() > LOGIN_MAX) {
            problems.add("login", Code.tooLong);
        } else if (!LOGIN.matcher(login).matches()) {
            problems.add("login", Code.invalidFormat);
        }
    }

    static void checkName(Problems problems, String name) {
        if (name == null || name.isBlank()) {
            problems.add("name", Code.required);
        } else if (name.strip().length() > NAME_MAX) {
            problems.add("name", Code.tooLong);
        }
    }

    static Role checkRole(Problems problems, String role) {
        if (role == null || role.isBlank()) {
            problems.add("role", Code.required);
            return null;
        }
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            problems.add("role", Code.unknownValue);
            return null;
        }
    }

    static void checkExtension(Problems problems, String extension) {
        if (extension != null && !EXTENSION.matcher(extension).matches()) {
            problems.add("extension", Code.invalidFormat);
        }
    }
}
