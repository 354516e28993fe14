package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.AgentStatus.AFTER_CALL_WORK;
import static dev.tsunagu.telephony.acd.AgentStatus.AVAILABLE;
import static dev.tsunagu.telephony.acd.AgentStatus.BREAK;
import static dev.tsunagu.telephony.acd.AgentStatus.OFFLINE;
import static dev.tsunagu.telephony.acd.AgentStatus.ON_CALL;
import static dev.tsunagu.telephony.acd.AgentStatus.RINGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentStatusTest {

    @Test
    void anAgentGoesThroughACallAndBack() {
        AgentStatus s = OFFLINE.moveTo(AVAILABLE).moveTo(RINGING).moveTo(ON_CALL).moveTo(AFTER_CALL_WORK).moveTo(AVAILABLE);
        assertThat(s).isEqualTo(AVAILABLE);
    }

    @Test
    void anUnansweredOfferReturnsTheAgentOrPutsThemOnBreak() {
        assertThat(RINGING.canMoveTo(AVAILABLE)).isTrue();
        assertThat(RINGING.canMoveTo(BREAK)).isTrue();
    }

    @Test
    void onlyAnAvailableAgentCanBeOffered() {
        for (AgentStatus s : AgentStatus.values()) {
            assertThat(s.canMoveTo(RINGING)).as(s + " to RINGING").isEqualTo(s == AVAILABLE);
        }
    }

    @Test
    void callsAreAnsweredOnlyFromRingingAndWrappedUpOnlyAfterACall() {
        for (AgentStatus s : AgentStatus.values()) {
            assertThat(s.canMoveTo(ON_CALL)).as(s + " to ON_CALL").isEqualTo(s == RINGING);
            assertThat(s.canMoveTo(AFTER_CALL_WORK)).as(s + " to AFTER_CALL_WORK").isEqualTo(s == ON_CALL);
        }
    }

    @Test
    void illegalMovesAreRefusedByName() {
        assertThatThrownBy(() -> BREAK.moveTo(RINGING)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("BREAK to RINGING")
                .extracting(e -> ((RoutingException) e).reason()).isEqualTo(RoutingException.Reason.ILLEGAL_TRANSITION);
        assertThatThrownBy(() -> OFFLINE.moveTo(ON_CALL)).hasMessageContaining("OFFLINE to ON_CALL");
        assertThatThrownBy(() -> AVAILABLE.moveTo(AVAILABLE)).hasMessageContaining("AVAILABLE to AVAILABLE");
        assertThatThrownBy(() -> AFTER_CALL_WORK.moveTo(ON_CALL)).isInstanceOf(RoutingException.class);
    }

    @Test
    void agentsAskOnlyForTheStatusesThatAreTheirs() {
        assertThat(AVAILABLE.requestable()).isTrue();
        assertThat(BREAK.requestable()).isTrue();
        assertThat(OFFLINE.requestable()).isTrue();
        assertThat(RINGING.requestable()).isFalse();
        assertThat(ON_CALL.requestable()).isFalse();
        assertThat(AFTER_CALL_WORK.requestable()).isFalse();
        assertThat(BREAK.staffed()).isFalse();
        assertThat(AFTER_CALL_WORK.staffed()).isTrue();
    }
}
