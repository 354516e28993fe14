package dev.tsunagu.telephony.dialplan;

/** Where a dialled string leads, as the dial plan decides. */
public sealed interface Destination {

    /** Another phone of the PBX. */
    record Extension(String number) implements Destination {
    }

    /** A call center (queue): the company number dialled routes to it instead of an extension (CC-01). */
    record CallCenter(String callCenterId) implements Destination {
    }

    /** A number outside the PBX, in national form (routed to a trunk or the virtual network). */
    record OutsideNumber(String number) implements Destination {
    }

    /** A feature code such as {@code *8} (pickup). */
    record FeatureCode(String code) implements Destination {
    }

    /** A parking slot: dialling it picks up the call parked there. */
    record ParkSlot(int slot) implements Destination {
    }

    /** Not dialable, with a reason the softphone can show. */
    record Invalid(Reason reason) implements Destination {
        public enum Reason { EMPTY, NOT_A_NUMBER, TOO_LONG, UNKNOWN_EXTENSION, UNKNOWN_FEATURE, NOT_IN_SERVICE }
    }
}
