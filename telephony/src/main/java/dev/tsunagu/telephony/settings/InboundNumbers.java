package dev.tsunagu.telephony.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The company's telephone numbers: which extension each inbound number (DID) reaches, and the
 * number outside phones see when an extension calls out (the extension's own DID, else the main
 * number), and which numbers reach a call center instead of an extension.
 *
 * @param extensionOfNumber inbound number (national form, e.g. {@code 0501234567}) → extension
 * @param callCenterOfNumber inbound number → call center id; a number is in one of the two maps at most
 * @param mainNumber the caller ID of extensions without a DID of their own; null withholds it
 */
public record InboundNumbers(Map<String, String> extensionOfNumber, Map<String, String> callCenterOfNumber,
                             String mainNumber) {

    public static final InboundNumbers NONE = new InboundNumbers(Map.of(), null);

    public InboundNumbers {
        extensionOfNumber = Map.copyOf(extensionOfNumber);
        callCenterOfNumber = Map.copyOf(callCenterOfNumber);
    }

    /** Numbers that all reach extensions. */
    public InboundNumbers(Map<String, String> extensionOfNumber, String mainNumber) {
        this(extensionOfNumber, Map.of(), mainNumber);
    }

    public Optional<String> callCenterOf(String number) {
        return Optional.ofNullable(callCenterOfNumber.get(number));
    }

    public Optional<String> extensionOf(String number) {
        return Optional.ofNullable(extensionOfNumber.get(number));
    }

    /** The caller ID for a call out from {@code extension}: its DID (the lowest, if several), else the main number. */
    public Optional<String> callerIdOf(String extension) {
        return extensionOfNumber.entrySet().stream().filter(e -> e.getValue().equals(extension)).map(Map.Entry::getKey)
                .filter(number -> !number.equals(mainNumber)).sorted().findFirst()
                .or(() -> Optional.ofNullable(mainNumber));
    }
}
