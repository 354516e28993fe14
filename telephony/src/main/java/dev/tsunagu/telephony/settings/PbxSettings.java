package dev.tsunagu.telephony.settings;

import java.util.Map;
import java.util.Set;

/**
 * What administrators configure for the PBX, read on every use so changes apply to the next call
 * without a restart. The server implements it from its database.
 */
public interface PbxSettings {

    ParkingRules parking();

    GuidanceLanguage guidanceLanguage();

    /** The other extensions in {@code extension}'s pickup group (SP-12); empty when it is in none. */
    Set<String> pickupGroupmates(String extension);

    /** The company's numbers: where inbound calls go and which caller ID outgoing calls show. */
    default InboundNumbers inboundNumbers() {
        return InboundNumbers.NONE;
    }

    /** Settings that never change, for tests and tools. */
    static PbxSettings fixed(ParkingRules parking, GuidanceLanguage language, Map<String, Set<String>> groups) {
        return fixed(parking, language, groups, InboundNumbers.NONE);
    }

    /** Settings that never change, with the company's numbers. */
    static PbxSettings fixed(ParkingRules parking, GuidanceLanguage language, Map<String, Set<String>> groups,
                             InboundNumbers numbers) {
        return new PbxSettings() {
            @Override
            public InboundNumbers inboundNumbers() {
                return numbers;
            }

            @Override
            public ParkingRules parking() {
                return parking;
            }

            @Override
            public GuidanceLanguage guidanceLanguage() {
                return language;
            }

            @Override
            public Set<String> pickupGroupmates(String extension) {
                return groups.entrySet().stream().filter(group -> group.getValue().contains(extension))
                        .flatMap(group -> group.getValue().stream()).filter(other -> !other.equals(extension))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
            }
        };
    }
}
