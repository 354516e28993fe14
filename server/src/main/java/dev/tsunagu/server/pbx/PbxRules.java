package dev.tsunagu.server.pbx;

import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape rules of the PBX settings (docs/protocol.md, "Administration"). Rules that need the
 * database (extensions, other groups) are checked by {@link PbxAdminService}.
 */
final class PbxRules {

    static final int SLOT_MIN_DIGITS = 3;
    static final int SLOT_MAX_DIGITS = 6;
    static final int MAX_SLOTS = 100;
    static final int TIMEOUT_MIN_SECONDS = 5;
    static final int TIMEOUT_MAX_SECONDS = 3600;
    static final int GROUP_NAME_MAX = 50;
    /** A Japanese national number: 0 and 9 or 10 more digits (03-1234-5678, 050-1234-5678, 090-1234-5678). */
    static final int NATIONAL_MIN_DIGITS = 10;
    static final int NATIONAL_MAX_DIGITS = 11;
    static final int LABEL_MAX = 50;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Internal numbers never start with 0: the dial plan sends those outside (docs/protocol.md, SP-04). */
    private static final Pattern INTERNAL_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private PbxRules() {
    }

    /** A park slot number, or {@code null} after adding the problem. */
    static Integer checkSlot(Problems problems, String field, String value) {
        String slot = value == null ? "" : value.strip();
        if (slot.isEmpty()) {
            problems.add(field, Code.required);
        } else if (!DIGITS.matcher(slot).matches()) {
            problems.add(field, Code.invalidFormat);
        } else if (slot.length() < SLOT_MIN_DIGITS) {
            problems.add(field, Code.tooShort);
        } else if (slot.length() > SLOT_MAX_DIGITS) {
            problems.add(field, Code.tooLong);
        } else if (slot.startsWith("0")) {
            problems.add(field, Code.invalidFormat);
        } else {
            return Integer.parseInt(slot);
        }
        return null;
    }

    /** The range rules once both ends are numbers; the problems go to {@code parkLast}. */
    static boolean checkRange(Problems problems, int first, int last) {
        if (last < first) {
            problems.add("parkLast", Code.beforeFirst);
            return false;
        }
        if (last - first + 1 > MAX_SLOTS) {
            problems.add("parkLast", Code.tooMany);
            return false;
        }
        return true;
    }

    /** Seconds a call may stay parked, or {@code null} after adding the problem. */
    static Integer checkTimeout(Problems problems, String field, String value) {
        String seconds = value == null ? "" : value.strip();
        if (seconds.isEmpty()) {
            problems.add(field, Code.required);
        } else if (!DIGITS.matcher(seconds).matches()) {
            problems.add(field, Code.invalidFormat);
        } else if (seconds.length() > 6 || Integer.parseInt(seconds) < TIMEOUT_MIN_SECONDS
                || Integer.parseInt(seconds) > TIMEOUT_MAX_SECONDS) {
            problems.add(field, Code.outOfRange);
        } else {
            return Integer.parseInt(seconds);
        }
        return null;
    }

    static GuidanceLanguage checkLanguage(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, Code.required);
            return null;
        }
        try {
            return GuidanceLanguage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, Code.unknownValue);
            return null;
        }
    }

    /** The name without surrounding spaces, checked; {@code null} after adding the problem. */
    static String checkGroupName(Problems problems, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            problems.add("name", Code.required);
            return null;
        }
        if (name.length() > GROUP_NAME_MAX) {
            problems.add("name", Code.tooLong);
            return null;
        }
        return name;
    }

    /**
     * A national number as the dial plan sees it (SP-04 normalisation: {@code +81 50-1234-5678} is
     * {@code 05012345678}), or {@code null} after adding the problem.
     */
    static String checkNationalNumber(Problems problems, String field, String value) {
        String number = NumberNormaliser.normalise(value);
        if (number.isEmpty()) {
            problems.add(field, Code.required);
        } else if (!DIGITS.matcher(number).matches() || !number.startsWith("0")) {
            problems.add(field, Code.invalidFormat);
        } else if (number.length() < NATIONAL_MIN_DIGITS) {
            problems.add(field, Code.tooShort);
        } else if (number.length() > NATIONAL_MAX_DIGITS) {
            problems.add(field, Code.tooLong);
        } else {
            return number;
        }
        return null;
    }

    /** An optional label without surrounding spaces; empty becomes null. */
    static String checkLabel(Problems problems, String value) {
        String label = value == null ? "" : value.strip();
        if (label.length() > LABEL_MAX) {
            problems.add("label", Code.tooLong);
        }
        return label.isEmpty() ? null : label;
    }

    /** Whether dialling {@code number} reaches the parking lot rather than an extension. */
    static boolean isSlot(ParkingRules parking, String number) {
        return isSlot(parking.first(), parking.last(), number);
    }

    static boolean isSlot(int first, int last, String number) {
        if (number == null || !INTERNAL_NUMBER.matcher(number).matches()) {
            return false;
        }
        int value = Integer.parseInt(number);
        return value >= first && value <= last;
    }
}
