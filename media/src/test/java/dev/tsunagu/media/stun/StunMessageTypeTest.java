package dev.tsunagu.media.stun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StunMessageTypeTest {

    @Test
    void bindingTypesHaveTheirWellKnownWireValues() {
        assertThat(StunMessageType.BINDING_REQUEST.toWire()).isEqualTo(0x0001);
        assertThat(StunMessageType.BINDING_INDICATION.toWire()).isEqualTo(0x0011);
        assertThat(StunMessageType.BINDING_SUCCESS.toWire()).isEqualTo(0x0101);
        assertThat(StunMessageType.BINDING_ERROR.toWire()).isEqualTo(0x0111);
    }

    @Test
    void everyFourteenBitValueRoundTrips() {
        for (int wire = 0; wire < 0x4000; wire++) {
            assertThat(StunMessageType.fromWire(wire).toWire()).isEqualTo(wire);
        }
    }
}
