package dev.tsunagu.server.sms;

import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import java.util.regex.Pattern;

/**
 * Which numbers a message may go to. Numbers are normalised as the dial plan does (spaces,
 * hyphens, full-width digits, +81 go), so the same number is counted once whatever its spelling.
 * Japanese mobile numbers (070, 080, 090 and eight digits) take SMS; other Japanese numbers are
 * phone numbers that cannot (a landline 03…, a free dial 0120…).
 */
final class SmsNumbers {

    private static final Pattern JAPANESE = Pattern.compile("0[1-9]\\d{8,9}");
    private static final Pattern MOBILE = Pattern.compile("0[789]0\\d{8}");

    private SmsNumbers() {
    }

    static String normalise(String raw) {
        return NumberNormaliser.normalise(raw);
    }

    /** A Japanese number in national form (0 and 9 or 10 digits), whether or not it takes SMS. */
    static boolean isPhoneNumber(String normalised) {
        return JAPANESE.matcher(normalised).matches();
    }

    static boolean takesSms(String normalised) {
        return MOBILE.matcher(normalised).matches();
    }
}
