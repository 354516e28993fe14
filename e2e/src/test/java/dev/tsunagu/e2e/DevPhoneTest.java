package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The dev phone (PL-03) plays a customer on the virtual phone network, with no sign-in: it calls
 * agent1's direct number and agent1's softphone rings with the customer's number (the main number
 * reaches the call center, see CallCenterTest); agent1 calls the
 * customer, who sees the company's caller ID (agent1's direct number). Each hears the other's tone
 * both ways, and hanging up returns both to Idle.
 */
class DevPhoneTest extends BrowserTest {

    /** Clear of the hold music (392–1047 Hz), the 400 Hz ringback and the agents' tones. */
    static final int CUSTOMER_TONE = 1300;
    static final String CUSTOMER = "09012345678";

    @Test
    void theCustomerCallsTheCompanyAndAnAgentCallsTheCustomer() {
        Page customer = devPhone(CUSTOMER_TONE);
        assertThat(myNumber(customer)).hasValue(CUSTOMER);
        Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);

        dial(customer, "0501234201");
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        assertThat(remoteParty(agent1)).containsText(CUSTOMER);
        assertThat(status(customer)).hasText("Dialing");
        button(agent1, "Answer").click();
        assertThat(status(customer)).hasText("Connected", PATIENTLY);
        hearEachOther(customer, CUSTOMER_TONE, agent1, Phones.AGENT1_TONE);
        button(customer, "Hang up").click();
        assertThat(status(customer)).hasText("Idle", PATIENTLY);
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);

        dial(agent1, CUSTOMER);
        assertThat(status(customer)).hasText("Ringing", PATIENTLY);
        assertThat(remoteParty(customer)).containsText("0501234201", PATIENTLY_CONTAINS);
        button(customer, "Answer").click();
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);
        hearEachOther(customer, CUSTOMER_TONE, agent1, Phones.AGENT1_TONE);
        button(agent1, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(customer)).hasText("Idle", PATIENTLY);
    }

    @Test
    void aSecondDevPhoneCannotTakeANumberInUseAndRegistersAnother() {
        Page first = devPhone(CUSTOMER_TONE);
        Page second = open(newPerson("en-US", CUSTOMER_TONE));

        assertThat(second.getByRole(AriaRole.ALERT)).containsText("Another open dev phone has this number", PATIENTLY_CONTAINS);
        myNumber(second).fill("080-2222-3333");
        button(second, "Register").click();
        assertThat(second.getByText("Phone connected")).isVisible(VISIBLY);
        assertThat(second.getByText("Registered as 08022223333")).isVisible();
        assertThat(first.getByText("Registered as " + CUSTOMER)).isVisible();
        assertThat(second.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"))).isAttached();
    }

    /** A dev phone page at /devphone (no sign-in), its line connected under the default number. */
    private Page devPhone(int tone) {
        Page page = open(newPerson("en-US", tone));
        assertThat(page.getByText("Phone connected")).isVisible(VISIBLY);
        return page;
    }

    private static Page open(Page page) {
        RemoteAudio.instrument(page);
        page.navigate(url("/devphone?lang=en"));
        return page;
    }

    private static Locator myNumber(Page page) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("My number"));
    }
}
