package dev.tsunagu.telephony.dialplan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a phone number as people and CRMs write it into the digits the dial plan routes (SP-04).
 * Spaces, hyphens, dots and brackets go; a Japanese number written with the country code
 * ({@code +81}, {@code 81}, and the common mistake {@code +810}/{@code 810} that keeps the trunk
 * prefix) becomes its national form with a leading 0: {@code 8190XXXXXXXX} and
 * {@code 81090XXXXXXXX} both dial {@code 090XXXXXXXX}. The same rule applies to typed, clicked
 * and API numbers.
 */
public final class NumberNormaliser {

    private static final Pattern FORMATTING = Pattern.compile("[\\s\\-().\u30FC\u2010-\u2015\uFF0D]");
    /**
     * A Japanese national significant number has 9 or 10 digits; requiring that keeps short
     * numbers that merely start with 81 (an extension, a park slot) untouched.
     */
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?810?([1-9]\\d{8,9})$");

    private NumberNormaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String digits = FORMATTING.matcher(toHalfWidth(raw.strip())).replaceAll("");
        Matcher japanese = COUNTRY_CODE.matcher(digits);
        return japanese.matches() ? "0" + japanese.group(1) : digits;
    }

    /** Full-width digits and signs (０-９, ＋, ＊, ＃) as typed with a Japanese input method. */
    private static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) (c - '\uFF10' + '0'));
            } else if (c == '\uFF0B') {
                out.append('+');
            } else if (c == '\uFF0A') {
                out.append('*');
            } else if (c == '\uFF03') {
                out.append('#');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
