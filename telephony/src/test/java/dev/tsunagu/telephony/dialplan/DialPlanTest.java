package dev.tsunagu.telephony.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.settings.InboundNumbers;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DialPlanTest {

    private final DialPlan plan = new DialPlan(Set.of("201", "202", "203", "204")::contains, () -> dev.tsunagu.telephony.settings.ParkingRules.DEFAULT, 4);

    @Test
    void routesEachKindOfNumber() {
        assertThat(plan.route("202")).isEqualTo(new Destination.Extension("202"));
        assertThat(plan.route("701")).isEqualTo(new Destination.ParkSlot(701));
        assertThat(plan.route("720")).isEqualTo(new Destination.ParkSlot(720));
        assertThat(plan.route("*8")).isEqualTo(new Destination.FeatureCode("*8"));
        assertThat(plan.route("09012345678")).isEqualTo(new Destination.OutsideNumber("09012345678"));
        assertThat(plan.route("+81 90 1234 5678")).isEqualTo(new Destination.OutsideNumber("09012345678"));
        assertThat(plan.route("0501234567")).isEqualTo(new Destination.OutsideNumber("0501234567"));
    }

    @Test
    void nonsenseGetsAReason() {
        assertThat(plan.route("")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.EMPTY));
        assertThat(plan.route("hello")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.NOT_A_NUMBER));
        assertThat(plan.route("12#4")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.NOT_A_NUMBER));
        assertThat(plan.route("299")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.UNKNOWN_EXTENSION));
        assertThat(plan.route("*99")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.UNKNOWN_FEATURE));
        assertThat(plan.route("*abc")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.UNKNOWN_FEATURE));
        assertThat(plan.route("0".repeat(25))).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.TOO_LONG));
    }

    private final DialPlan withNumbers = new DialPlan(Set.of("201", "202")::contains, () -> ParkingRules.DEFAULT, 4,
            () -> new InboundNumbers(Map.of("0501234567", "201", "0501234202", "202", "0501234299", "299"), "0501234567"));

    @Test
    void callsFromOutsideReachTheCompanysNumbersOnly() {
        assertThat(withNumbers.routeInbound("050-123-4567")).isEqualTo(new Destination.Extension("201"));
        assertThat(withNumbers.routeInbound("+81501234202")).isEqualTo(new Destination.Extension("202"));
        assertThat(withNumbers.routeInbound("09012345678")).as("another outside phone").isEqualTo(new Destination.OutsideNumber("09012345678"));
        assertThat(withNumbers.routeInbound("0501234299")).as("its extension is gone")
                .isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.NOT_IN_SERVICE));
        for (String internal : new String[] {"201", "701", "*8", "12"}) {
            assertThat(withNumbers.routeInbound(internal)).as(internal).isInstanceOf(Destination.Invalid.class);
        }
        assertThat(withNumbers.routeInbound("")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.EMPTY));
        assertThat(withNumbers.routeInbound("0501234567; DROP")).isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.NOT_A_NUMBER));
    }

    @Test
    void aColleaguesInboundNumberStaysInside() {
        assertThat(withNumbers.route("0501234202")).isEqualTo(new Destination.Extension("202"));
        assertThat(withNumbers.route("0501234299")).isEqualTo(new Destination.OutsideNumber("0501234299"));
    }

    @Test
    void theCallerIdIsTheExtensionsOwnNumberElseTheMainNumber() {
        InboundNumbers numbers = new InboundNumbers(Map.of("0501234567", "201", "0501234202", "202"), "0501234567");
        assertThat(numbers.callerIdOf("202")).contains("0501234202");
        assertThat(numbers.callerIdOf("201")).contains("0501234567");
        assertThat(numbers.callerIdOf("203")).contains("0501234567");
        assertThat(InboundNumbers.NONE.callerIdOf("201")).isEmpty();
    }
}
