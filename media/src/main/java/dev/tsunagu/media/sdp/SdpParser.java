package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SDP text into a {@link SessionDescription}. Tolerant of {@code \n} or {@code \r\n} line
 * ends, blank lines and runs of spaces between fields; strict about the line grammar and the
 * order {@code v=}, {@code o=}, {@code s=} that every implementation writes.
 */
final class SdpParser {

    /** Far above any real offer (a few kB); bounds the work a hostile peer can ask for. */
    static final int MAX_LENGTH = 256 * 1024;

    private final List<String> emails = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private final List<Bandwidth> sessionBandwidths = new ArrayList<>();
    private final List<Timing> timings = new ArrayList<>();
    private final List<Attribute> sessionAttributes = new ArrayList<>();
    private final List<MediaDescription> media = new ArrayList<>();

    private Origin origin;
    private String sessionName;
    private String information;
    private String uri;
    private Connection connection;
    private String timeZones;
    private String encryptionKey;

    // The media section being read: its m= line plus the lines collected so far.
    private MediaDescription current;
    private String mediaInformation;
    private final List<Connection> mediaConnections = new ArrayList<>();
    private final List<Bandwidth> mediaBandwidths = new ArrayList<>();
    private String mediaKey;
    private final List<Attribute> mediaAttributes = new ArrayList<>();

    private SdpParser() {
    }

    static SessionDescription parse(String sdp) throws MediaException {
        if (sdp == null) {
            throw SdpSyntax.invalid("no SDP");
        }
        if (sdp.length() > MAX_LENGTH) {
            throw SdpSyntax.invalid("SDP longer than " + MAX_LENGTH + " characters");
        }
        return new SdpParser().read(sdp);
    }

    private SessionDescription read(String sdp) throws MediaException {
        int expected = 0; // index into "vos": the three mandatory leading lines
        int lineNumber = 0;
        int start = 0;
        while (start <= sdp.length()) {
            int end = sdp.indexOf('\n', start);
            if (end < 0) {
                end = sdp.length();
            }
            String line = sdp.substring(start, end);
            start = end + 1;
            lineNumber++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            checkLine(line, lineNumber);
            char type = line.charAt(0);
            String value = line.substring(2);
            try {
                if (expected < 3) {
                    if (type != "vos".charAt(expected)) {
                        throw SdpSyntax.invalid("expected " + "vos".charAt(expected) + "= line");
                    }
                    readHeader(type, value);
                    expected++;
                } else if (current == null && type != 'm') {
                    readSessionLine(type, value);
                } else {
                    readMediaLine(type, value);
                }
            } catch (MediaException e) {
                throw SdpSyntax.invalid("line " + lineNumber + ": " + e.getMessage());
            }
        }
        if (expected < 3) {
            throw SdpSyntax.invalid("missing v=, o= or s= line");
        }
        if (timings.isEmpty()) {
            throw SdpSyntax.invalid("missing t= line");
        }
        finishMedia();
        return new SessionDescription(0, origin, sessionName, information, uri, emails, phones, connection,
                sessionBandwidths, timings, timeZones, encryptionKey, sessionAttributes, media);
    }

    private static void checkLine(String line, int lineNumber) throws MediaException {
        if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
            throw SdpSyntax.invalid("line " + lineNumber + " is not <type>=<value>");
        }
        for (int i = 2; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\0' || c == '\r') {
                throw SdpSyntax.invalid("line " + lineNumber + " has a NUL or CR");
            }
        }
    }

    private void readHeader(char type, String value) throws MediaException {
        switch (type) {
            case 'v' -> {
                if (!value.strip().equals("0")) {
                    throw SdpSyntax.invalid("unsupported SDP version " + SdpSyntax.abbreviate(value));
                }
            }
            case 'o' -> origin = Origin.parse(value);
            default -> sessionName = value;
        }
    }

    private void readSessionLine(char type, String value) throws MediaException {
        switch (type) {
            case 'i' -> information = once(information, value, "i=");
            case 'u' -> uri = once(uri, value, "u=");
            case 'e' -> emails.add(value);
            case 'p' -> phones.add(value);
            case 'c' -> {
                if (connection != null) {
                    throw SdpSyntax.invalid("second session-level c= line");
                }
                connection = Connection.parse(value);
            }
            case 'b' -> sessionBandwidths.add(Bandwidth.parse(value));
            case 't' -> timings.add(Timing.parse(value));
            case 'r' -> {
                if (timings.isEmpty()) {
                    throw SdpSyntax.invalid("r= before any t=");
                }
                timings.set(timings.size() - 1, timings.getLast().withRepeat(value));
            }
            case 'z' -> timeZones = once(timeZones, value, "z=");
            case 'k' -> encryptionKey = once(encryptionKey, value, "k=");
            case 'a' -> sessionAttributes.add(AttributeParser.parse(value));
            default -> throw SdpSyntax.invalid("unexpected " + type + "= line at session level");
        }
    }

    private void readMediaLine(char type, String value) throws MediaException {
        switch (type) {
            case 'm' -> {
                finishMedia();
                current = MediaDescription.parseMediaLine(value);
            }
            case 'i' -> mediaInformation = once(mediaInformation, value, "i=");
            case 'c' -> mediaConnections.add(Connection.parse(value));
            case 'b' -> mediaBandwidths.add(Bandwidth.parse(value));
            case 'k' -> mediaKey = once(mediaKey, value, "k=");
            case 'a' -> mediaAttributes.add(AttributeParser.parse(value));
            default -> throw SdpSyntax.invalid("unexpected " + type + "= line in a media section");
        }
    }

    private void finishMedia() {
        if (current != null) {
            media.add(current.withLines(mediaInformation, mediaConnections, mediaBandwidths, mediaKey, mediaAttributes));
            mediaInformation = null;
            mediaConnections.clear();
            mediaBandwidths.clear();
            mediaKey = null;
            mediaAttributes.clear();
        }
    }

    private static String once(String existing, String value, String what) throws MediaException {
        if (existing != null) {
            throw SdpSyntax.invalid("second " + what + " line");
        }
        return value;
    }
}
