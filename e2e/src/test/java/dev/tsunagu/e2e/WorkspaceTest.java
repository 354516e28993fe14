package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent workspace around a customer's call (WS-02, WS-04, WS-05): the caller's entry from the
 * common phonebook, a tag added from the checklist and removed with ×, a note of 1,000 characters
 * saved after hanging up while 1,001 are refused with a message.
 */
class WorkspaceTest extends BrowserTest {

    @Test
    void theWorkspaceNamesTheCallerAndKeepsTagsAndANote() {
        String tag = "Complaint " + UUID.randomUUID().toString().substring(0, 6);
        new Api(signedIn("admin", "/admin")).post("/api/admin/tags", Map.of("name", tag));
        Page customer = newPerson("en-US", DevPhoneTest.CUSTOMER_TONE);
        RemoteAudio.instrument(customer);
        customer.navigate(url("/devphone?lang=en"));
        assertThat(customer.getByText("Phone connected")).isVisible(VISIBLY);
        Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
        Locator info = agent1.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Customer information"));
        assertThat(info).containsText("No customer on the line.");

        dial(customer, "0501234201"); // agent1's direct number: the call center is CallCenterTest's
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        assertThat(info).containsText("山田 太郎", PATIENTLY_CONTAINS);
        assertThat(info).containsText("山田商事");
        button(agent1, "Answer").click();
        assertThat(status(customer)).hasText("Connected", PATIENTLY);

        Locator record = agent1.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Call record"));
        // The box follows the server's answer, so it is clicked and then seen checked.
        Locator box = record.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(tag));
        box.click();
        assertThat(box).isChecked(new com.microsoft.playwright.assertions.LocatorAssertions.IsCheckedOptions().setTimeout(20_000));
        Locator tags = record.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Tags on this call"));
        assertThat(tags).containsText(tag, PATIENTLY_CONTAINS);

        button(customer, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);

        // After the call: the note of the call just ended.
        Locator note = record.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Note"));
        note.fill("あ".repeat(1001));
        assertThat(record.getByText("1001 / 1000 characters")).isVisible();
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
        assertThat(record.getByRole(AriaRole.ALERT)).containsText("Too long", PATIENTLY_CONTAINS);
        note.fill("あ".repeat(1000));
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
        assertThat(record.getByText("Note saved.")).isVisible(VISIBLY);

        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove tag " + tag)).click();
        assertThat(tags).not().containsText(tag, PATIENTLY_CONTAINS);
        assertThat(box).not().isChecked(new com.microsoft.playwright.assertions.LocatorAssertions.IsCheckedOptions().setTimeout(20_000));
    }
}
