package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    static List<FieldProblem> login(String login) {
        return ProblemsCaught.by(p -> AccountRules.checkLogin(p, login));
    }

    static List<FieldProblem> name(String name) {
        return ProblemsCaught.by(p -> AccountRules.checkName(p, name));
    }

    static List<FieldProblem> extension(String extension) {
        return ProblemsCaught.by(p -> AccountRules.checkExtension(p, extension));
    }

    @Test
    void loginsAreStoredInLowerCaseWithoutSurroundingSpaces() {
        assertThat(AccountRules.normaliseLogin("  Agent.One\t")).isEqualTo("agent.one");
        assertThat(AccountRules.normaliseLogin("ADMIN")).isEqualTo("admin");
        assertThat(AccountRules.normaliseLogin(null)).isEmpty();
    }

    @Test
    void extensionsAreStrippedAndBlankMeansNone() {
        assertThat(AccountRules.normaliseExtension(" 201 ")).isEqualTo("201");
        assertThat(AccountRules.normaliseExtension("   ")).isNull();
        assertThat(AccountRules.normaliseExtension("")).isNull();
        assertThat(AccountRules.normaliseExtension(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "agent1", "a.b_c-d", "0123456789", "x2345678901234567890123456789012"})
    void acceptsLoginsOfThreeToThirtyTwoAllowedCharacters(String login) {
        assertThat(login(login)).isEmpty();
    }

    @Test
    void anEmptyLoginIsRequired() {
        assertThat(login("")).containsExactly(FieldProblem.of("login", Code.required));
    }

    @Test
    void aLoginOfTwoCharactersIsTooShort() {
        assertThat(login("ab")).containsExactly(FieldProblem.of("login", Code.tooShort));
    }

    @Test
    void aLoginOfThirtyThreeCharactersIsTooLong() {
        assertThat(login("a".repeat(33))).containsExactly(FieldProblem.of("login", Code.tooLong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "Upper", "at@sign", "ユーザー名", "semi;colon", "slash/x"})
    void loginsOutsideTheAllowedCharactersAreInvalid(String login) {
        assertThat(login(login)).containsExactly(FieldProblem.of("login", Code.invalidFormat));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aNameIsRequired(String name) {
        assertThat(name(name)).containsExactly(FieldProblem.of("name", Code.required));
    }

    @Test
    void aNameMayHaveAHundredCharactersAfterStripping() {
        assertThat(name("n".repeat(100))).isEmpty();
        assertThat(name("  " + "n".repeat(100) + "  ")).isEmpty();
        assertThat(name("山田 太郎")).isEmpty();
    }

    @Test
    void aNameOfAHundredAndOneCharactersIsTooLong() {
        assertThat(name("n".repeat(101))).containsExactly(FieldProblem.of("name", Code.tooLong));
    }

    @Test
    void rolesAreReadByExactName() {
        for (Role role : Role.values()) {
            Problems problems = new Problems();
            assertThat(AccountRules.checkRole(problems, role.name())).isEqualTo(role);
            assertThat(problems.has("role")).isFalse();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aRoleIsRequired(String role) {
        Problems problems = new Problems();

        assertThat(AccountRules.checkRole(problems, role)).isNull();
        assertThat(ProblemsCaught.by(p -> AccountRules.checkRole(p, role))).containsExactly(FieldProblem.of("role", Code.required));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "OWNER", "ROLE_ADMIN"})
    void otherRolesAreUnknown(String role) {
        assertThat(ProblemsCaught.by(p -> AccountRules.checkRole(p, role))).containsExactly(FieldProblem.of("role", Code.unknownValue));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "201", "12345678"})
    void extensionsHaveTwoToEightDigits(String extension) {
        assertThat(extension(extension)).isEmpty();
    }

    @Test
    void noExtensionIsFine() {
        assertThat(extension(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "123456789", "20a", "+81", "２０１"})
    void otherExtensionsAreInvalid(String extension) {
        assertThat(extension(extension)).containsExactly(FieldProblem.of("extension", Code.invalidFormat));
    }
}
