package dev.tsunagu.server.devphone;

import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a dev phone may call itself: a national number (0 and 9 or 10 more digits, written any way
 * SP-04 normalises) that is not one of the company's own numbers (calls to those ring the company,
 * so a dev phone under one would never ring).
 */
@Component
class DevPhoneNumbers {

    static final int MAX_INPUT_LENGTH = 64;
    private static final Pattern NATIONAL = Pattern.compile("0[0-9]{9,10}");

    private final PbxSettings settings;

    DevPhoneNumbers(PbxSettings settings) {
        this.settings = settings;
    }

    /** The number in national form; refuses with {@code invalidPayload} and message key {@code invalidNumber} or {@code companyNumber}. */
    String check(String raw) {
        String number = raw == null || raw.length() > MAX_INPUT_LENGTH ? "" : NumberNormaliser.normalise(raw);
        if (!NATIONAL.matcher(number).matches()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "invalidNumber");
        }
        if (settings.inboundNumbers().extensionOf(number).isPresent() || settings.inboundNumbers().callCenterOf(number).isPresent()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "companyNumber");
        }
        return number;
    }
}
