package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin sets the parking lot (refused inline first) and manages a pickup group; a supervisor only reads. */
class PbxAdminTest extends BrowserTest {

    @Test
    void adminSetsTheParkingLotAndAPickupGroup() {
        Page admin = signedIn("admin", "/admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PBX")).click();
        admin.waitForURL(url("/admin/pbx"));

        assertThat(textbox(admin, "First park slot")).hasValue("701");
        assertThat(textbox(admin, "Last park slot")).hasValue("720");
        assertThat(textbox(admin, "Park timeout (seconds)")).hasValue("300");
        textbox(admin, "Park timeout (seconds)").fill("4");
        textbox(admin, "First park slot").fill("201");
        textbox(admin, "Last park slot").fill("210");
        button(admin, "Save").click();
        assertThat(textbox(admin, "Park timeout (seconds)")).hasAttribute("aria-invalid", "true");
        assertThat(textbox(admin, "First park slot")).hasAttribute("aria-invalid", "true");
        assertThat(admin.getByText("The range includes an extension.", new Page.GetByTextOptions())).isVisible();

        try {
            textbox(admin, "First park slot").fill("801");
            textbox(admin, "Last park slot").fill("810");
            textbox(admin, "Park timeout (seconds)").fill("60");
            admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Voice guidance language")).selectOption("en");
            button(admin, "Save").click();
            assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved"))).isVisible();
            admin.reload();
            assertThat(textbox(admin, "First park slot")).hasValue("801");
            assertThat(admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Voice guidance language")))
                    .hasValue("en");

            button(admin, "Add pickup group").click();
            textbox(admin, "Group name").fill("Front desk");
            admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("201 Agent One")).check();
            admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("202 Agent Two")).check();
            button(admin, "Save").click();
            Locator row = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pickup groups"))
                    .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Front desk"));
            assertThat(row).containsText("201 Agent One, 202 Agent Two");

            Page supervisor = signedIn("supervisor1", "/admin");
            supervisor.navigate(url("/admin/pbx?lang=ja"));
            assertThat(supervisor.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("最初のパーク番号")))
                    .hasValue("801");
            assertThat(supervisor.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Front desk"))).isVisible();
            assertThat(supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))).hasCount(0);
            assertThat(supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ピックアップグループを追加")))
                    .hasCount(0);

            button(admin, "Delete pickup group Front desk").click();
            assertThat(row).hasCount(0);
        } finally {
            textbox(admin, "First park slot").fill("701");
            textbox(admin, "Last park slot").fill("720");
            textbox(admin, "Park timeout (seconds)").fill("300");
            admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Voice guidance language")).selectOption("ja");
            button(admin, "Save").click();
            assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved"))).isVisible();
        }
    }

    @Test
    void anAdminAddsAnInboundNumberBesideTheDemosNumbers() {
        Page admin = signedIn("admin", "/admin");
        admin.navigate(url("/admin/pbx?lang=en"));
        assertThat(textbox(admin, "Main number")).hasValue("0501234567");
        Locator numbers = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Inbound numbers"));
        assertThat(numbers.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("0501234202")))
                .containsText("202 Agent Two");

        button(admin, "Add inbound number").click();
        textbox(admin, "Number").fill("050-1234-567");
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Extension")).selectOption("203");
        button(admin, "Save").click();
        assertThat(textbox(admin, "Number")).hasAttribute("aria-invalid", "true");
        textbox(admin, "Number").fill("03-1234-5678");
        textbox(admin, "Label (optional)").fill("Support");
        button(admin, "Save").click();
        Locator row = numbers.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("0312345678"));
        assertThat(row).containsText("203 Agent Three");
        assertThat(row).containsText("Support");

        button(admin, "Delete inbound number 0312345678").click();
        assertThat(row).hasCount(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
