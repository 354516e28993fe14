package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The video check end to end: two people with Chromium's fake camera join one room and each
 * decodes the other's video, forwarded by the media engine's video room (VP8 over one bundled
 * DTLS-SRTP transport); then one shares a second video and the other receives it after the
 * renegotiation the server asks for. Frames decoded come from the page's own getStats().
 */
class VideoCheckTest extends BrowserTest {

    private static final Pattern STREAM_LINE = Pattern.compile("Stream (\\S+): (\\d+) frames decoded");
    private static final double TIMEOUT = 45_000;

    /** Frames decoded per received stream, by mid, as the page lists them. */
    private static Map<String, Integer> framesDecoded(Page page) {
        Map<String, Integer> frames = new HashMap<>();
        Locator items = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Received video streams"))
                .getByRole(AriaRole.LISTITEM);
        for (String text : items.allInnerTexts()) {
            Matcher m = STREAM_LINE.matcher(text);
            if (m.find()) {
                frames.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return frames;
    }

    private static long streamsDecoding(Page page, int moreThan) {
        return framesDecoded(page).values().stream().filter(f -> f > moreThan).count();
    }

    private Page join(String login, String room) {
        Page page = signIn(newPerson(), login, PASSWORD, "/agent");
        page.navigate(url("/diag/video?lang=en"));
        Locator name = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Room name"));
        name.fill(room);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        return page;
    }

    @Test
    void twoPeopleSeeEachOthersCameraAndASecondVideoAfterRenegotiation() {
        Page alice = join("agent3", "e2e-video");
        Page bob = join("agent4", "e2e-video");

        for (Page page : new Page[] {alice, bob}) {
            assertThat(page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Video check status")))
                    .containsText("participants: 2", new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT));
            page.waitForCondition(() -> streamsDecoding(page, 10) >= 1, new Page.WaitForConditionOptions().setTimeout(TIMEOUT));
        }
        // Still rising: the picture keeps coming, not only a first key frame.
        int aliceSaw = framesDecoded(alice).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        alice.waitForCondition(() -> framesDecoded(alice).values().stream().anyMatch(f -> f > aliceSaw + 10),
                new Page.WaitForConditionOptions().setTimeout(TIMEOUT));
        assertThat(alice.getByRole(AriaRole.LISTITEM).first()).containsText(Pattern.compile("\\(\\d+×\\d+\\)"));

        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share screen")).click();
        assertThat(alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop sharing"))).isVisible();
        bob.waitForCondition(() -> streamsDecoding(bob, 10) >= 2, new Page.WaitForConditionOptions().setTimeout(TIMEOUT));
        assertThat(bob.getByLabel(Pattern.compile("^Remote video ")).count()).isGreaterThanOrEqualTo(2);

        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave")).click();
        assertThat(bob.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Video check status")))
                .containsText("participants: 1", new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT));
    }
}
