package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin creates an account (with inline validation on the way) and the new person signs in with it. */
class AdminAccountsTest extends BrowserTest {

    @Test
    void adminCreatesAnAccountThatCanSignIn() {
        Page admin = signedIn("admin", "/admin");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();

        // A login that already exists and an extension that is taken are refused inline.
        fill(admin, "Login", "agent1");
        fill(admin, "Name", "Hanako Yamada");
        fill(admin, "Extension", "201");
        admin.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("s3cret-pass");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(textbox(admin, "Login")).hasAttribute("aria-invalid", "true");
        assertThat(textbox(admin, "Extension")).hasAttribute("aria-invalid", "true");

        fill(admin, "Login", "hanako");
        fill(admin, "Extension", "205");
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role")).selectOption("USER");
        admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Agent")).check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        Locator row = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Accounts"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("hanako"));
        assertThat(row).containsText("Hanako Yamada");
        assertThat(row).containsText("205");

        Page hanako = signIn(newPerson(), "hanako", "s3cret-pass", "/agent");
        assertThat(hanako.getByText("Hanako Yamada").first()).isVisible();
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void fill(Page page, String name, String value) {
        textbox(page, name).fill(value);
    }
}
