package dev.tsunagu.telephony.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

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
}
