package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SMS outbox (PL-02) reaches the dev phone (PL-03): an administrator sends a test SMS with a
 * link to the dev phone's number; the message shows in the dev phone's "Messages" with the link
 * clickable, and in the admin screen's list as delivered. A landline is refused with its reason.
 */
class SmsOutboxTest extends BrowserTest {

    @Test
    void aTestSmsWithALinkReachesTheDevPhone() {
        String number = "070" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        Page customer = newPerson("en-US");
        customer.navigate(url("/devphone?lang=en&number=" + number));
        assertThat(customer.getByText("Phone connected")).isVisible(VISIBLY);

        Page admin = signedIn("admin", "/admin");
        admin.navigate(url("/admin/sms?lang=en"));
        Locator form = admin.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Send a test SMS"));
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("To")).fill(number);
        String link = "https://video.example.test/r/" + UUID.randomUUID();
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Message")).fill("ビデオ通話はこちら " + link);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send test SMS")).click();
        assertThat(form.getByText("Test SMS sent.")).isVisible(VISIBLY);
        assertThat(admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("SMS messages")))
                .containsText(link, PATIENTLY_CONTAINS);

        Locator messages = customer.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
        assertThat(messages.getByRole(AriaRole.LISTITEM)).containsText("ビデオ通話はこちら", PATIENTLY_CONTAINS);
        Locator anchor = messages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link));
        assertThat(anchor).hasAttribute("href", link);

        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("To")).fill("03-1234-5678");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send test SMS")).click();
        assertThat(admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("SMS messages")))
                .containsText("not an SMS-capable number", PATIENTLY_CONTAINS);
    }
}
