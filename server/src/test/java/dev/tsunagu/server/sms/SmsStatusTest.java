package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmsStatusTest {

    @Test
    void aMessageMovesForwardOnly() {
        assertThat(SmsStatus.QUEUED.canBecome(SmsStatus.SENT)).isTrue();
        assertThat(SmsStatus.QUEUED.canBecome(SmsStatus.FAILED)).isTrue();
        assertThat(SmsStatus.SENT.canBecome(SmsStatus.DELIVERED)).isTrue();
        assertThat(SmsStatus.SENT.canBecome(SmsStatus.FAILED)).isTrue();

        assertThat(SmsStatus.QUEUED.canBecome(SmsStatus.DELIVERED)).as("delivered without being sent").isFalse();
        assertThat(SmsStatus.SENT.canBecome(SmsStatus.QUEUED)).isFalse();
        assertThat(SmsStatus.SENT.canBecome(SmsStatus.SENT)).isFalse();
        for (SmsStatus next : SmsStatus.values()) {
            assertThat(SmsStatus.DELIVERED.canBecome(next)).as("DELIVERED is final").isFalse();
            assertThat(SmsStatus.FAILED.canBecome(next)).as("FAILED is final").isFalse();
        }
    }

    @Test
    void aForbiddenMoveIsRefused() {
        assertThat(SmsStatus.SENT.checkedMoveTo(SmsStatus.DELIVERED)).isEqualTo(SmsStatus.DELIVERED);
        assertThatThrownBy(() -> SmsStatus.DELIVERED.checkedMoveTo(SmsStatus.FAILED)).isInstanceOf(IllegalStateException.class);
    }
}
