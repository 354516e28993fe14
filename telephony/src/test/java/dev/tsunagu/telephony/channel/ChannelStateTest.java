package dev.tsunagu.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelStateTest {

    @Test
    void aCallGoesThroughItsLegalStates() {
        ChannelState state = ChannelState.DOWN.moveTo(ChannelState.RINGING).moveTo(ChannelState.UP)
                .moveTo(ChannelState.HELD).moveTo(ChannelState.UP).moveTo(ChannelState.HUNG_UP);
        assertThat(state).isEqualTo(ChannelState.HUNG_UP);
    }

    @Test
    void illegalMovesAreRefusedByName() {
        assertThatThrownBy(() -> ChannelState.RINGING.moveTo(ChannelState.HELD)).hasMessageContaining("RINGING to HELD");
        assertThatThrownBy(() -> ChannelState.HUNG_UP.moveTo(ChannelState.UP)).isInstanceOf(IllegalStateException.class);
        assertThat(ChannelState.DOWN.canMoveTo(ChannelState.HELD)).isFalse();
        assertThat(ChannelState.RINGING.canMoveTo(ChannelState.DIALING)).isFalse();
    }

    @Test
    void aPhoneMayJoinACallThatIsAlreadyUp() {
        assertThat(ChannelState.DOWN.canMoveTo(ChannelState.UP)).isTrue();
    }
}
