package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.support.DemoModes;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PasswordPolicyTest {

    final PasswordPolicy production = new PasswordPolicy(DemoModes.off());
    final PasswordPolicy demo = new PasswordPolicy(DemoModes.on());

    static List<FieldProblem> check(PasswordPolicy policy, String password) {
        return ProblemsCaught.by(p -> policy.check(p, "password", password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aPasswordIsRequired(String password) {
        assertThat(check(production, password)).containsExactly(FieldProblem.of("password", Code.required));
        assertThat(check(demo, password)).containsExactly(FieldProblem.of("password", Code.required));
    }

    @Test
    void outsideDemoModeEightCharactersAreTheMinimum() {
        assertThat(check(production, "1234567")).containsExactly(FieldProblem.of("password", Code.tooShort));
        assertThat(check(production, "12345678")).isEmpty();
    }

    @Test
    void outsideDemoModeTheDemoPasswordIsRefused() {
        assertThat(check(production, "demo")).containsExactly(FieldProblem.of("password", Code.tooShort));
    }

    @Test
    void demoModeAcceptsFourCharacters() {
        assertThat(check(demo, "demo")).isEmpty();
        assertThat(check(demo, "abc")).containsExactly(FieldProblem.of("password", Code.tooShort));
    }

    @Test
    void aHundredAndTwentyEightCharactersAreTheMaximum() {
        assertThat(check(production, "p".repeat(128))).isEmpty();
        assertThat(check(production, "p".repeat(129))).containsExactly(FieldProblem.of("password", Code.tooLong));
        assertThat(check(demo, "p".repeat(129))).containsExactly(FieldProblem.of("password", Code.tooLong));
    }

    @Test
    void problemsAreReportedUnderTheGivenField() {
        assertThat(ProblemsCaught.by(p -> production.check(p, "newPassword", "short")))
                .containsExactly(FieldProblem.of("newPassword", Code.tooShort));
    }
}
