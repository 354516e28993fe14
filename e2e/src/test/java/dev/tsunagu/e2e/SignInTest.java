package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Sign-in and landing by role (WS-01), the refusal of /admin to USER accounts, and a wrong password. */
class SignInTest extends BrowserTest {

    @Test
    void communicatorLandsOnTheWorkspaceWithTheStatusCombobox() {
        Page page = signedIn("agent1", "/agent");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status"))).isVisible();
        assertThat(page.getByText("Agent One").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    @Test
    void adminAndSupervisorLandOnTheAdminScreenWithAWorkspaceLink() {
        for (String login : new String[] {"admin", "supervisor1"}) {
            Page page = signedIn(login, "/admin");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace"))).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace")).click();
            page.waitForURL(url("/agent"));
            assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status"))).isVisible();
        }
    }

    @Test
    void communicatorIsRefusedTheAdminScreenByTheServer() {
        Page page = signedIn("agent3", "/agent");
        var response = page.navigate(url("/admin"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied"))).isVisible();
    }

    @Test
    void wrongPasswordIsToldWithoutSayingWhichPartWasWrong() {
        Page page = signIn(newPerson(), "agent1", "not-the-password", "/login?error=credentials");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Incorrect username or password.");
        signIn(page, "nobody-here", "whatever", "/login?error=credentials");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Incorrect username or password.");
    }

    @Test
    void signOutReturnsToTheSignInPage() {
        Page page = signedIn("agent4", "/agent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url("/login?logout"));
        page.navigate(url("/agent"));
        page.waitForURL(url("/login"));
    }
}
