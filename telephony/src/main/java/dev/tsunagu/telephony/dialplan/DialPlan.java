package dev.tsunagu.telephony.dialplan;

import dev.tsunagu.telephony.settings.InboundNumbers;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Decides where a dialled string goes: extensions (the tenant's own numbers), park slots,
 * feature codes, or numbers outside the PBX. Numbers are normalised first (SP-04).
 */
public final class DialPlan {

    /** E.164 allows 15 digits; with a trunk prefix and some slack, longer is a typing accident. */
    static final int MAX_DIGITS = 20;
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");
    private static final Pattern FEATURE = Pattern.compile("\\*[0-9]{1,3}");
    private static final Set<String> FEATURES = Set.of("*8");

    private final Predicate<String> isExtension;
    private final Supplier<ParkingRules> parking;
    private final int extensionMaxLength;
    private final Supplier<InboundNumbers> numbers;

    /**
     * @param isExtension whether a number is one of the tenant's extensions
     * @param parking the park slot range, read on every call (administrators may change it)
     * @param extensionMaxLength numbers up to this many digits are internal (extensions or park slots)
     */
    public DialPlan(Predicate<String> isExtension, Supplier<ParkingRules> parking, int extensionMaxLength) {
        this(isExtension, parking, extensionMaxLength, () -> InboundNumbers.NONE);
    }

    /** @param numbers the company's inbound numbers, read on every call */
    public DialPlan(Predicate<String> isExtension, Supplier<ParkingRules> parking, int extensionMaxLength,
                    Supplier<InboundNumbers> numbers) {
        this.isExtension = isExtension;
        this.parking = parking;
        this.extensionMaxLength = extensionMaxLength;
        this.numbers = numbers;
    }

    /**
     * Where a call from outside the company goes (a dev phone, a trunk's caller): the company's
     * inbound numbers reach their extension; other national numbers stay on the outside network
     * (one dev phone may call another), call-center numbers their call center. Extensions, park slots and feature codes are not reachable
     * from outside, and an inbound number whose extension is gone is not in service.
     */
    public Destination routeInbound(String dialled) {
        String number = NumberNormaliser.normalise(dialled);
        if (number.isEmpty()) {
            return new Destination.Invalid(Destination.Invalid.Reason.EMPTY);
        }
        if (!DIGITS.matcher(number).matches()) {
            return new Destination.Invalid(Destination.Invalid.Reason.NOT_A_NUMBER);
        }
        if (number.length() > MAX_DIGITS) {
            return new Destination.Invalid(Destination.Invalid.Reason.TOO_LONG);
        }
        var callCenter = numbers.get().callCenterOf(number);
        if (callCenter.isPresent()) {
            return new Destination.CallCenter(callCenter.get());
        }
        var extension = numbers.get().extensionOf(number);
        if (extension.isPresent()) {
            return isExtension.test(extension.get())
                    ? new Destination.Extension(extension.get())
                    : new Destination.Invalid(Destination.Invalid.Reason.NOT_IN_SERVICE);
        }
        if (number.length() > extensionMaxLength && number.startsWith("0")) {
            return new Destination.OutsideNumber(number);
        }
        return new Destination.Invalid(Destination.Invalid.Reason.NOT_IN_SERVICE);
    }

    public Destination route(String dialled) {
        String number = NumberNormaliser.normalise(dialled);
        if (number.isEmpty()) {
            return new Destination.Invalid(Destination.Invalid.Reason.EMPTY);
        }
        if (number.startsWith("*")) {
            if (!FEATURE.matcher(number).matches() || !FEATURES.contains(number)) {
                return new Destination.Invalid(Destination.Invalid.Reason.UNKNOWN_FEATURE);
            }
            return new Destination.FeatureCode(number);
        }
        if (!DIGITS.matcher(number).matches()) {
            return new Destination.Invalid(Destination.Invalid.Reason.NOT_A_NUMBER);
        }
        if (number.length() > MAX_DIGITS) {
            return new Destination.Invalid(Destination.Invalid.Reason.TOO_LONG);
        }
        if (number.length() <= extensionMaxLength && !number.startsWith("0") && !number.startsWith("+")) {
            int value = Integer.parseInt(number);
            if (parking.get().isSlot(value)) {
                return new Destination.ParkSlot(value);
            }
            return isExtension.test(number)
                    ? new Destination.Extension(number)
                    : new Destination.Invalid(Destination.Invalid.Reason.UNKNOWN_EXTENSION);
        }
        // The company's own inbound numbers stay inside: dialling a colleague's DID rings the colleague,
        // a call-center number queues like an outside caller.
        var callCenter = numbers.get().callCenterOf(number);
        if (callCenter.isPresent()) {
            return new Destination.CallCenter(callCenter.get());
        }
        var extension = numbers.get().extensionOf(number).filter(isExtension);
        return extension.<Destination>map(Destination.Extension::new).orElseGet(() -> new Destination.OutsideNumber(number));
    }
}
