package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Busy, two tabs ringing, and a missed call, as communicators see them in their softphones. */
class SoftphoneEdgeCasesTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions().setTimeout(20_000);
    private static final LocatorAssertions.IsVisibleOptions VISIBLY = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    @Test
    void aBusyExtensionSaysBusyToTheSecondCaller() {
        Page agent1 = softphone("agent1", 440);
        Page agent2 = softphone("agent2", 1000);
        Page agent3 = softphone("agent3", 700);
        dial(agent1, "202");
        assertThat(status(agent2)).hasText("Ringing", PATIENTLY);
        button(agent2, "Answer").click();
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);

        dial(agent3, "202");
        assertThat(agent3.getByText("Busy", new Page.GetByTextOptions().setExact(true))).isVisible(VISIBLY);

        button(agent1, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
    }

    @Test
    void bothTabsRingAndTheOtherStopsWhenOneAnswers() {
        Page agent1 = softphone("agent1", 440);
        Page agent4 = softphone("agent4", 1000);
        Page agent4SecondTab = agent4.context().newPage();
        RemoteAudio.instrument(agent4SecondTab);
        agent4SecondTab.navigate(url("/agent"));
        assertThat(agent4SecondTab.getByText("Phone connected")).isVisible(VISIBLY);

        dial(agent1, "204");
        assertThat(status(agent4)).hasText("Ringing", PATIENTLY);
        assertThat(status(agent4SecondTab)).hasText("Ringing", PATIENTLY);
        button(agent4SecondTab, "Answer").click();

        assertThat(status(agent4SecondTab)).hasText("Connected", PATIENTLY);
        assertThat(agent4.getByText("Answered on another tab")).isVisible(VISIBLY);
        assertThat(status(agent4)).hasText("Idle", PATIENTLY);
        button(agent1, "Hang up").click();
        assertThat(status(agent4SecondTab)).hasText("Idle", PATIENTLY);
    }

    @Test
    void anUnansweredCallIsMissedForTheCallee() {
        Page agent2 = softphone("agent2", 1000);
        Page agent3 = softphone("agent3", 700);
        dial(agent3, "202");
        assertThat(status(agent2)).hasText("Ringing", PATIENTLY);
        // The server's ring timeout (8 s in these tests) ends it.
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(agent3.getByText("No answer", new Page.GetByTextOptions().setExact(true))).isVisible(VISIBLY);

        agent2.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        agent2.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Missed")).click();
        assertThat(agent2.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("203")).first()).isVisible(VISIBLY);
    }

    private Page softphone(String login, int tone) {
        Page page = newPerson("en-US", tone);
        RemoteAudio.instrument(page);
        signIn(page, login, PASSWORD, "/agent");
        assertThat(page.getByText("Phone connected")).isVisible(VISIBLY);
        return page;
    }

    private static void dial(Page page, String number) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Number")).fill(number);
        button(page, "Call").click();
    }

    private static Locator status(Page page) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Call status"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
