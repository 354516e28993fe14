package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.DemoMode;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import org.springframework.stereotype.Component;

/**
 * Length rules for new passwords (NIST SP 800-63B: length over composition rules). Demo mode
 * allows the short well-known demo password; nothing else does.
 */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int DEMO_MIN = 4;
    static final int MAX = 128;

    private final DemoMode demo;

    PasswordPolicy(DemoMode demo) {
        this.demo = demo;
    }

    void check(Problems problems, String field, String password) {
        int min = demo.enabled() ? DEMO_MIN : MIN;
        if (password == null || password.isEmpty()) {
            problems.add(field, Code.required);
        } else if (password.length() < min) {
            problems.add(field, Code.tooShort);
        } else if (password.length() > MAX) {
            problems.add(field, Code.tooLong);
        }
    }
}
