package dev.tsunagu.sip;

import static dev.tsunagu.sip.SipFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsunagu.sip.auth.DigestAlgorithm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A phone (sipp) registers with digest authentication, becomes a line of its extension, and un-registers. */
class RegistrarSippTest {

    private SipFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private List<String> args(String user, String password) {
        return List.of(f.host + ":" + f.edge.port(), "-i", f.host, "-p", "0", "-s", user, "-au", user, "-ap", password,
                "-m", "1", "-timeout", "20s", "-timeout_error");
    }

    @Test
    void registersWithMd5DigestAndUnregisters() throws Exception {
        assumeTrue(Sipp.installed(), "sipp (Debian sip-tester) is not installed");
        // sipp answers MD5 challenges only.
        f = new SipFixture(c -> c.withAlgorithms(List.of(DigestAlgorithm.MD5)));
        try (Sipp sipp = Sipp.start("register.xml", args("201", "secret201"))) {
            waitUntil(() -> !f.edge.registrations().isEmpty() || !sipp.alive());
            assertThat(f.edge.registrations()).as(sipp.output()).singleElement().satisfies(b -> {
                assertThat(b.extension()).isEqualTo("201");
                assertThat(b.sourceAddress()).isEqualTo(f.host);
            });
            String line = f.edge.registrations().getFirst().lineId();
            assertThat(f.pbx.isRegistered(line)).isTrue();
            assertThat(sipp.exitCode(Duration.ofSeconds(30))).as(sipp.output()).isZero();
            waitUntil(() -> f.edge.registrations().isEmpty());
            waitUntil(() -> !f.pbx.isRegistered(line));
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assumeTrue(Sipp.installed(), "sipp (Debian sip-tester) is not installed");
        f = new SipFixture(c -> c.withAlgorithms(List.of(DigestAlgorithm.MD5)));
        try (Sipp sipp = Sipp.start("register-wrong-password.xml", args("201", "guess"))) {
            assertThat(sipp.exitCode(Duration.ofSeconds(30))).as(sipp.output()).isZero();
        }
        assertThat(f.edge.registrations()).isEmpty();
    }
}
