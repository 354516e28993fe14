package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Phonebooks in the admin screen (WS-02): agent2's own book gets two customers from a CSV file, a
 * file with a bad row is refused row by row and changes nothing, an entry is deleted.
 */
class PhonebookAdminTest extends BrowserTest {

    @Test
    void anAdminImportsAPhonebookAndABadFileChangesNothing() {
        Page admin = signedIn("admin", "/admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phonebooks")).click();
        admin.waitForURL(url("/admin/phonebooks"));
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Phonebook")).selectOption("202");
        Locator form = admin.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Import CSV"));
        upload(form, "電話番号,名前,会社名\n03-5555-0001,鈴木 一郎,鈴木工業\n+81 3 5555 0002,高橋 二郎,\n");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import")).click();
        assertThat(form.getByRole(AriaRole.STATUS)).containsText("2 added", PATIENTLY_CONTAINS);
        Locator table = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Phonebook entries"));
        assertThat(table).containsText("鈴木 一郎", PATIENTLY_CONTAINS);
        assertThat(table).containsText("0355550002");

        upload(form, "number,name\n0355550003,Good\nnot-a-number,Bad\n");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import")).click();
        assertThat(form.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Problems in the file")))
                .containsText("Row 2, number", PATIENTLY_CONTAINS);
        assertThat(table.getByRole(AriaRole.ROW)).hasCount(3);

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete 高橋 二郎")).click();
        assertThat(table).not().containsText("高橋 二郎", PATIENTLY_CONTAINS);
        assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"))).isVisible(VISIBLY);
    }

    private static void upload(Locator form, String csv) {
        form.getByLabel("CSV file").setInputFiles(new FilePayload("book.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }
}
