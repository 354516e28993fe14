package dev.tsunagu.telephony.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNormaliserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // The seed's example (SP-04), with and without the kept trunk prefix.
        "8109012345678 | 09012345678",
        "819012345678 | 09012345678",
        "+819012345678 | 09012345678",
        "+8109012345678 | 09012345678",
        // As CRMs and people write numbers.
        "+81 90-1234-5678 | 09012345678",
        "+81 (3) 1234-5678 | 0312345678",
        "81-50-1234-5678 | 05012345678",
        "０９０－１２３４－５６７８ | 09012345678",
        "＋８１９０１２３４５６７８ | 09012345678",
        // Already national, or not Japanese: unchanged apart from formatting.
        "090-1234-5678 | 09012345678",
        "0312345678 | 0312345678",
        "+14155550123 | +14155550123",
        // Short numbers that merely start with 81 stay as they are.
        "81 | 81",
        "810 | 810",
        "8123 | 8123",
        "201 | 201",
        "*8 | *8",
    })
    void normalises(String raw, String expected) {
        assertThat(NumberNormaliser.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'   '", "''"})
    void blankIsEmpty(String raw) {
        assertThat(NumberNormaliser.normalise(raw)).isEmpty();
        assertThat(NumberNormaliser.normalise(null)).isEmpty();
    }
}
