package dev.tsunagu.server.pbx;

import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;

/** What an admin sets for a tenant's PBX apart from pickup groups: the parking lot and the guidance language. */
record PbxOptions(ParkingRules parking, GuidanceLanguage language) {

    static final PbxOptions DEFAULT = new PbxOptions(ParkingRules.DEFAULT, GuidanceLanguage.JA);
}
