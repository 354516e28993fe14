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
import org.junit.jupiter.api.Test;

/**
 * A call-center call handed to a colleague (WS-03, WS-07): agent1's workspace shows the call
 * center and its business label; after an attended transfer to extension 203, agent3's workspace
 * opens the customer's information by itself and says the call was transferred by 201.
 */
class CallCenterTransferTest extends BrowserTest {

    @Test
    void aTransferredCallOpensTheCustomerAndNamesTheTransferringExtension() {
        Page customer = newPerson("en-US", DevPhoneTest.CUSTOMER_TONE);
        RemoteAudio.instrument(customer);
        customer.navigate(url("/devphone?lang=en"));
        assertThat(customer.getByText("Phone connected")).isVisible(VISIBLY);
        Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
        new Api(agent1).put("/api/me/status", Map.of("status", "AVAILABLE"));
        new Api(signedIn("agent2", "/agent")).put("/api/me/status", Map.of("status", "BREAK"));
        Page agent3 = Phones.softphone(this, "agent3", Phones.AGENT3_TONE);

        dial(customer, "0501234567");
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        button(agent1, "Answer").click();
        assertThat(status(customer)).hasText("Connected", PATIENTLY);
        Locator info1 = info(agent1);
        assertThat(info1).containsText("山田 太郎", PATIENTLY_CONTAINS);
        assertThat(info1).containsText("Support", PATIENTLY_CONTAINS);
        assertThat(info1).containsText("サポート");

        button(agent1, "Hold").click();
        assertThat(status(agent1)).hasText("On hold", PATIENTLY);
        dial(agent1, "203");
        assertThat(status(agent3)).hasText("Ringing", PATIENTLY);
        button(agent3, "Answer").click();
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        button(agent1, "Transfer").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);

        Locator info3 = info(agent3);
        assertThat(info3).containsText("山田 太郎", PATIENTLY_CONTAINS);
        assertThat(info3).containsText("Transferred by", PATIENTLY_CONTAINS);
        assertThat(info3).containsText("201 Agent One");
        Phones.hearEachOther(customer, DevPhoneTest.CUSTOMER_TONE, agent3, Phones.AGENT3_TONE);
        button(agent3, "Hang up").click();
        assertThat(status(customer)).hasText("Idle", PATIENTLY);
    }

    private static Locator info(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Customer information"));
    }
}
