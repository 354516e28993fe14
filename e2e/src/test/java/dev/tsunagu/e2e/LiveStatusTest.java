package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An agent's status change reaches the same account's other tab and every signed-in supervisor at once. */
class LiveStatusTest extends BrowserTest {

    @Test
    void statusChangeIsSeenLiveInASecondTabAndByTheSupervisor() {
        Page firstTab = signedIn("agent2", "/agent");
        Page secondTab = firstTab.context().newPage();
        secondTab.navigate(url("/agent"));
        Page supervisor = signedIn("supervisor1", "/admin");
        for (Page page : new Page[] {firstTab, secondTab, supervisor}) {
            assertThat(page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Connection"))).hasText("Connected");
        }

        firstTab.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status")).selectOption("BREAK");

        assertStatusSelected(secondTab, "Break");
        Locator row = supervisor.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Agent statuses"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("agent2"));
        assertThat(row).containsText("Break");

        secondTab.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status")).selectOption("AVAILABLE");
        assertStatusSelected(firstTab, "Available");
        assertThat(row).containsText("Available");

        // Persisted on the server: a fresh page load shows the last choice.
        firstTab.reload();
        assertStatusSelected(firstTab, "Available");
    }
}
