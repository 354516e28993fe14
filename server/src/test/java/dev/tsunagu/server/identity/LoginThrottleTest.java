package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String HOME = "192.0.2.1";
    static final String ELSEWHERE = "198.51.100.7";

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, 20, WINDOW), clock);

    void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(login, address);
        }
    }

    @Test
    void aLoginWithoutFailuresIsNotBlocked() {
        assertThat(throttle.isBlocked("agent1", HOME)).isFalse();
    }

    @Test
    void blocksALoginAfterFiveFailuresFromAnyAddress() {
        fail("agent1", HOME, 4);
        assertThat(throttle.isBlocked("agent1", HOME)).isFalse();

        fail("agent1", HOME, 1);

        assertThat(throttle.isBlocked("agent1", HOME)).isTrue();
        assertThat(throttle.isBlocked("agent1", ELSEWHERE)).isTrue();
        assertThat(throttle.isBlocked("agent2", HOME)).isFalse();
    }

    @Test
    void countsFailuresOfOneLoginAcrossAddresses() {
        fail("agent1", HOME, 3);
        fail("agent1", ELSEWHERE, 2);

        assertThat(throttle.isBlocked("agent1", "203.0.113.9")).isTrue();
    }

    @Test
    void treatsLoginNamesCaseInsensitivelyAndWithoutSurroundingSpaces() {
        fail("Agent1", HOME, 2);
        fail(" AGENT1 ", HOME, 2);
        fail("agent1", HOME, 1);

        assertThat(throttle.isBlocked("agent1", ELSEWHERE)).isTrue();
    }

    @Test
    void countsUnknownLoginNamesLikeKnownOnes() {
        fail("nobody-by-this-name", HOME, 5);

        assertThat(throttle.isBlocked("nobody-by-this-name", ELSEWHERE)).isTrue();
    }

    @Test
    void blocksAnAddressAfterTwentyFailuresWhateverTheLogin() {
        for (int i = 0; i < 19; i++) {
            fail("sprayed" + i, HOME, 1);
        }
        assertThat(throttle.isBlocked("fresh", HOME)).isFalse();

        fail("sprayed19", HOME, 1);

        assertThat(throttle.isBlocked("fresh", HOME)).isTrue();
        assertThat(throttle.isBlocked("fresh", ELSEWHERE)).isFalse();
    }

    @Test
    void successClearsTheLoginCount() {
        fail("agent1", HOME, 4);

        throttle.recordSuccess("agent1");
        fail("agent1", HOME, 4);

        assertThat(throttle.isBlocked("agent1", ELSEWHERE)).isFalse();
    }

    @Test
    void successDoesNotClearTheAddressCount() {
        for (int i = 0; i < 20; i++) {
            fail("sprayed" + i, HOME, 1);
        }

        throttle.recordSuccess("sprayed0");
        throttle.recordSuccess("agent1");

        assertThat(throttle.isBlocked("agent1", HOME)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("agent1", HOME, 5);

        clock.advance(WINDOW);
        assertThat(throttle.isBlocked("agent1", HOME)).as("at the window's end").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("agent1", HOME)).as("after the window").isFalse();
    }

    @Test
    void theWindowSlides() {
        fail("agent1", HOME, 3);
        clock.advance(Duration.ofMinutes(10));
        fail("agent1", HOME, 2);
        assertThat(throttle.isBlocked("agent1", HOME)).isTrue();

        clock.advance(Duration.ofMinutes(6));

        assertThat(throttle.isBlocked("agent1", HOME)).as("the first three expired").isFalse();
        fail("agent1", HOME, 2);
        assertThat(throttle.isBlocked("agent1", HOME)).as("two recent plus two new").isFalse();
        fail("agent1", HOME, 1);
        assertThat(throttle.isBlocked("agent1", HOME)).isTrue();
    }

    @Test
    void addressFailuresExpireToo() {
        for (int i = 0; i < 20; i++) {
            fail("sprayed" + i, HOME, 1);
        }

        clock.advance(WINDOW.plusSeconds(1));

        assertThat(throttle.isBlocked("fresh", HOME)).isFalse();
    }
}
