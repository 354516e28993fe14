package dev.tsunagu.server.pbx;

import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.Locale;

/**
 * {@code GET/PUT /api/admin/pbx}. Numbers go out as JSON numbers; coming in, they may also be
 * strings (a form's text as typed), so a bad value gets a field problem rather than an unreadable body.
 */
final class PbxSettingsBody {

    private PbxSettingsBody() {
    }

    record View(int parkFirst, int parkLast, long parkTimeoutSeconds, String guidanceLanguage) {

        static View of(PbxOptions options) {
            ParkingRules parking = options.parking();
            return new View(parking.first(), parking.last(), parking.timeout().toSeconds(),
                    options.language().code().toLowerCase(Locale.ROOT));
        }
    }

    record Draft(String parkFirst, String parkLast, String parkTimeoutSeconds, String guidanceLanguage) {
    }
}
