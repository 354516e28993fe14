package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsNumbersTest {

    @Test
    void numbersAreNormalisedAsTheDialPlanDoes() {
        assertThat(SmsNumbers.normalise("090-1234-5678")).isEqualTo("09012345678");
        assertThat(SmsNumbers.normalise("+81 90 1234 5678")).isEqualTo("09012345678");
        assertThat(SmsNumbers.normalise("０８０-１２３４-５６７８")).isEqualTo("08012345678");
    }

    @Test
    void onlyMobileNumbersTakeSms() {
        assertThat(SmsNumbers.takesSms("09012345678")).isTrue();
        assertThat(SmsNumbers.takesSms("08012345678")).isTrue();
        assertThat(SmsNumbers.takesSms("07012345678")).isTrue();
        assertThat(SmsNumbers.takesSms("0312345678")).as("a Tokyo landline").isFalse();
        assertThat(SmsNumbers.takesSms("0120123456")).as("free dial").isFalse();
        assertThat(SmsNumbers.takesSms("05012345678")).as("IP phone").isFalse();
        assertThat(SmsNumbers.takesSms("0901234567")).as("a digit short").isFalse();
    }

    @Test
    void aPhoneNumberIsAJapaneseNationalNumber() {
        assertThat(SmsNumbers.isPhoneNumber("0312345678")).isTrue();
        assertThat(SmsNumbers.isPhoneNumber("09012345678")).isTrue();
        assertThat(SmsNumbers.isPhoneNumber("201")).as("an extension").isFalse();
        assertThat(SmsNumbers.isPhoneNumber("hello")).isFalse();
        assertThat(SmsNumbers.isPhoneNumber("090123456789")).isFalse();
        assertThat(SmsNumbers.isPhoneNumber("0012345678")).isFalse();
    }
}
