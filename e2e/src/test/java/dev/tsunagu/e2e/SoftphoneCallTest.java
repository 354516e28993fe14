package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Two communicators call each other through the server (SP-03, SP-05–SP-07, SP-14), each
 * browser's fake microphone playing its own tone: each side hears the other's frequency; mute
 * and hold silence the right direction; hang-up returns both to Idle; both histories show it.
 */
class SoftphoneCallTest extends BrowserTest {

    private static final int AGENT1_TONE = 440;
    private static final int AGENT2_TONE = 1000;
    private static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @Test
    void agent1CallsAgent2() {
        Page agent1 = softphone("agent1", AGENT1_TONE);
        Page agent2 = softphone("agent2", AGENT2_TONE);

        agent1.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Number")).fill("202");
        button(agent1, "Call").click();
        assertThat(status(agent2)).hasText("Ringing", PATIENTLY);
        assertThat(agent2.getByLabel("Remote party")).containsText("201");
        assertThat(status(agent1)).hasText("Dialing");

        button(agent2, "Answer").click();
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        waitFor(() -> RemoteAudio.hears(agent1, AGENT2_TONE) && RemoteAudio.hears(agent2, AGENT1_TONE));

        button(agent1, "Mute").click();
        waitFor(() -> RemoteAudio.doesNotHear(agent2, AGENT1_TONE) && RemoteAudio.hears(agent1, AGENT2_TONE));
        button(agent1, "Unmute").click();
        waitFor(() -> RemoteAudio.hears(agent2, AGENT1_TONE));

        button(agent2, "Hold").click();
        assertThat(status(agent2)).hasText("On hold", PATIENTLY);
        waitFor(() -> RemoteAudio.doesNotHear(agent1, AGENT2_TONE) && RemoteAudio.doesNotHear(agent2, AGENT1_TONE));
        button(agent2, "Resume").click();
        waitFor(() -> RemoteAudio.hears(agent1, AGENT2_TONE) && RemoteAudio.hears(agent2, AGENT1_TONE));

        button(agent1, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);

        agent1.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        agent1.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Outgoing")).click();
        assertThat(agent1.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("202")).first()).isVisible();
        agent2.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        agent2.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Answered")).click();
        assertThat(agent2.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("201")).first()).isVisible();
    }

    private Page softphone(String login, int tone) {
        Page page = newPerson("en-US", tone);
        RemoteAudio.instrument(page);
        signIn(page, login, PASSWORD, "/agent");
        assertThat(page.getByText("Phone connected")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        return page;
    }

    private static Locator status(Page page) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Call status"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(50); // polling interval of the condition, not a wait for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
