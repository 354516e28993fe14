package dev.tsunagu.telephony.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The company's telephone numbers: which extension each inbound number (DID) reaches, and the
 * number outside phones see when an extension calls out (the extension's own DID, else the main
 * number). Call-center numbers join this in Step 6.
 *
 * @param extensionOfNumber inbound number (national form, e.g. {@code 0501234567}) → extension
 * @param mainNumber the caller ID of extensions without a DID of their own; null withholds it
 */
public record InboundNumbers(Map<String, String> extensionOfNumber, String mainNumber) {

    public static final InboundNumbers NONE = new InboundNumbers(Map.of(), null);

    public InboundNumbers {
        extensionOfNumber = Map.copyOf(extensionOfNumber);
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
