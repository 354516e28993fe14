package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/** Small lexical helpers shared by the SDP parsers; every failure is an INVALID_SDP exception. */
final class SdpSyntax {

    private SdpSyntax() {
    }

    static MediaException invalid(String message) {
        return new MediaException(MediaException.Reason.INVALID_SDP, message);
    }

    /** Splits on runs of spaces and tabs; SDP says single spaces, browsers agree, others vary. */
    static List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static int parseInt(String text, int min, int max, String what) throws MediaException {
        long value = parseLong(text, min, max, what);
        return (int) value;
    }

    static long parseLong(String text, long min, long max, String what) throws MediaException {
        if (text.isEmpty() || text.length() > 19) {
            throw invalid("bad " + what + ": " + abbreviate(text));
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid("bad " + what + ": " + abbreviate(text));
            }
            value = value * 10 + (c - '0');
        }
        if (value < min || value > max) {
            throw invalid(what + " out of range: " + value);
        }
        return value;
    }

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** RFC 8866 {@code token}: visible ASCII except separators. */
    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`{|}~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String requireToken(String text, String what) throws MediaException {
        if (!isToken(text)) {
            throw invalid("bad " + what + ": " + abbreviate(text));
        }
        return text;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
