package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audio check end to end: Chromium's fake microphone plays a 440 Hz tone into a real
 * WebRTC leg terminated in the media engine (ICE-lite, DTLS-SRTP, Opus); the engine reports
 * audio received and the tone's frequency, and plays it back, which Chromium's own
 * statistics show as inbound audio with a level.
 */
class AudioCheckTest extends BrowserTest {

    /** Test-only instrumentation: keep the page's peer connections reachable from the test. */
    private static final String RECORD_PEER_CONNECTIONS = """
            (() => {
              const Original = window.RTCPeerConnection;
              window.__pcs = [];
              window.RTCPeerConnection = function (...args) {
                const pc = new Original(...args);
                window.__pcs.push(pc);
                return pc;
              };
              window.RTCPeerConnection.prototype = Original.prototype;
            })();
            """;

    private static final String INBOUND_AUDIO = """
            async () => {
              const pc = window.__pcs[window.__pcs.length - 1];
              if (!pc) return null;
              let found = null;
              (await pc.getStats()).forEach(s => {
                if (s.type === 'inbound-rtp' && s.kind === 'audio') {
                  found = { packets: s.packetsReceived || 0, energy: s.totalAudioEnergy || 0, level: s.audioLevel || 0 };
                }
              });
              return found;
            }
            """;

    @Test
    void theEngineHearsTheMicrophoneToneAndPlaysItBack() {
        Page page = newPerson();
        Locator result = startAudioCheck(page, "agent2");
        assertThat(result).containsText(Pattern.compile("RTT [0-9.]+ ms"));
        assertThat(result).containsText(Pattern.compile("Loss [0-9.]+ ?%"));
        assertThat(result).containsText(Pattern.compile("Jitter [0-9.]+ ms"));
        assertThat(page.getByText(Pattern.compile("Detected tone: 4[34][0-9] Hz"))).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        // The echo comes back a second later: Chromium counts the packets and measures their level.
        page.waitForCondition(() -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> inbound = (Map<String, Object>) page.evaluate(INBOUND_AUDIO);
            return inbound != null && ((Number) inbound.get("packets")).intValue() > 50
                    && ((Number) inbound.get("energy")).doubleValue() > 0;
        }, new Page.WaitForConditionOptions().setTimeout(30_000));
        @SuppressWarnings("unchecked")
        Map<String, Object> inbound = (Map<String, Object>) page.evaluate(INBOUND_AUDIO);
        assertThat(((Number) inbound.get("level")).doubleValue()).isGreaterThan(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start audio check"))).isEnabled();
    }

    /** Test-only: the server's answers lose their UDP candidates, as if no UDP got through. */
    private static final String ONLY_TCP = """
            (() => {
              const original = RTCPeerConnection.prototype.setRemoteDescription;
              RTCPeerConnection.prototype.setRemoteDescription = function (desc) {
                if (desc && desc.sdp) {
                  const sdp = desc.sdp.split('\\r\\n')
                    .filter(l => !(l.startsWith('a=candidate:') && / udp /i.test(l))).join('\\r\\n');
                  desc = { type: desc.type, sdp };
                }
                return original.call(this, desc);
              };
            })();
            """;

    private static final String SELECTED_PROTOCOL = """
            async () => {
              const pc = window.__pcs[window.__pcs.length - 1];
              if (!pc) return null;
              const stats = await pc.getStats();
              let protocol = null;
              stats.forEach(s => {
                if (s.type === 'transport' && s.selectedCandidatePairId) {
                  const pair = stats.get(s.selectedCandidatePairId);
                  const local = pair && stats.get(pair.localCandidateId);
                  protocol = local ? local.protocol : null;
                }
              });
              return protocol;
            }
            """;

    @Test
    void withoutUdpTheLegRunsOverIceTcp() {
        Page page = newPerson();
        page.addInitScript(ONLY_TCP);
        startAudioCheck(page, "agent3");
        page.waitForCondition(() -> "tcp".equals(page.evaluate(SELECTED_PROTOCOL)), new Page.WaitForConditionOptions().setTimeout(30_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop")).click();
    }


    /** Signs {@code login} in, starts the audio check, and waits until the engine says it hears the microphone. */
    private Locator startAudioCheck(Page page, String login) {
        page.addInitScript(RECORD_PEER_CONNECTIONS);
        signIn(page, login, PASSWORD, "/agent");
        page.navigate(url("/diag/audio?lang=en"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start audio check")).click();
        Locator result = page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Audio check result"));
        assertThat(result).containsText("Audio received: yes", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        return result;
    }

}
