package dev.tsunagu.server.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PbxRulesTest {

    static List<FieldProblem> problems(Consumer<Problems> check) {
        try {
            Problems.check(check);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "701", " 720 ", "999999"})
    void aSlotHasThreeToSixDigits(String slot) {
        assertThat(problems(p -> assertThat(PbxRules.checkSlot(p, "parkFirst", slot)).isEqualTo(Integer.parseInt(slot.strip()))))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, required", "'  ', required", "12, tooShort", "1234567, tooLong", "7o1, invalidFormat",
        "-701, invalidFormat", "70.1, invalidFormat", "0701, invalidFormat", "071, invalidFormat"})
    void aBadSlotIsRefused(String slot, Code code) {
        assertThat(problems(p -> assertThat(PbxRules.checkSlot(p, "parkLast", slot)).isNull()))
                .containsExactly(FieldProblem.of("parkLast", code));
    }

    @Test
    void theRangeRunsUpwardsOverAtMostAHundredSlots() {
        assertThat(problems(p -> PbxRules.checkRange(p, 701, 701))).isEmpty();
        assertThat(problems(p -> PbxRules.checkRange(p, 700, 799))).isEmpty();
        assertThat(problems(p -> PbxRules.checkRange(p, 700, 800))).containsExactly(FieldProblem.of("parkLast", Code.tooMany));
        assertThat(problems(p -> PbxRules.checkRange(p, 720, 701))).containsExactly(FieldProblem.of("parkLast", Code.beforeFirst));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, required", "'', required", "4, outOfRange", "0, outOfRange", "3601, outOfRange",
        "99999999999, outOfRange", "30s, invalidFormat", "-5, invalidFormat", "5.5, invalidFormat"})
    void aBadTimeoutIsRefused(String seconds, Code code) {
        assertThat(problems(p -> assertThat(PbxRules.checkTimeout(p, "parkTimeoutSeconds", seconds)).isNull()))
                .containsExactly(FieldProblem.of("parkTimeoutSeconds", code));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 30, 300, 3600})
    void theTimeoutRunsFromFiveSecondsToAnHour(int seconds) {
        assertThat(problems(p -> assertThat(PbxRules.checkTimeout(p, "t", Integer.toString(seconds))).isEqualTo(seconds)))
                .isEmpty();
    }

    @Test
    void theGuidanceSpeaksJapaneseOrEnglish() {
        assertThat(problems(p -> assertThat(PbxRules.checkLanguage(p, "g", "ja")).isEqualTo(GuidanceLanguage.JA))).isEmpty();
        assertThat(problems(p -> assertThat(PbxRules.checkLanguage(p, "g", "EN")).isEqualTo(GuidanceLanguage.EN))).isEmpty();
        assertThat(problems(p -> PbxRules.checkLanguage(p, "g", "fr"))).containsExactly(FieldProblem.of("g", Code.unknownValue));
        assertThat(problems(p -> PbxRules.checkLanguage(p, "g", null))).containsExactly(FieldProblem.of("g", Code.required));
    }

    @Test
    void aGroupNameHasOneToFiftyCharacters() {
        assertThat(problems(p -> assertThat(PbxRules.checkGroupName(p, "  Sales ")).isEqualTo("Sales"))).isEmpty();
        assertThat(problems(p -> PbxRules.checkGroupName(p, "営".repeat(50)))).isEmpty();
        assertThat(problems(p -> PbxRules.checkGroupName(p, "x".repeat(51)))).containsExactly(FieldProblem.of("name", Code.tooLong));
        assertThat(problems(p -> PbxRules.checkGroupName(p, " "))).containsExactly(FieldProblem.of("name", Code.required));
        assertThat(problems(p -> PbxRules.checkGroupName(p, null))).containsExactly(FieldProblem.of("name", Code.required));
    }

    @Test
    void onlyNumbersTheDialPlanSendsToTheParkingLotAreSlots() {
        ParkingRules parking = ParkingRules.DEFAULT;

        assertThat(PbxRules.isSlot(parking, "701")).isTrue();
        assertThat(PbxRules.isSlot(parking, "720")).isTrue();
        assertThat(PbxRules.isSlot(parking, "700")).isFalse();
        assertThat(PbxRules.isSlot(parking, "0701")).isFalse();
        assertThat(PbxRules.isSlot(parking, "7010")).isFalse();
        assertThat(PbxRules.isSlot(parking, "99999999")).isFalse();
        assertThat(PbxRules.isSlot(parking, null)).isFalse();
    }
}
