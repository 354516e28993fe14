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
import static dev.tsunagu.e2e.Phones.waitFor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's call center "Support" on the main number 0501234567 (agent1 and agent2, longest idle,
 * 10 s of after-call work): a caller waits on hold music, rings the available agent (never the one
 * on break), is connected on answer; the agent's status goes Ringing → On call → After-call work →
 * Available, live in the workspace and on the supervisor's board. A second caller waits with music
 * while the only agent talks, and is connected when that call (and its after-call work) is over.
 */
class CallCenterTest extends BrowserTest {

    static final String MAIN = "0501234567";
    static final String SECOND_CUSTOMER = "08022223333";
    static final int SECOND_TONE = 1600;
    static final LocatorAssertions.HasValueOptions PATIENT_VALUE = new LocatorAssertions.HasValueOptions().setTimeout(25_000);

    private Page agent1;
    private Page agent2;

    @Test
    void theAvailableAgentTakesTheCallAndGoesThroughAfterCallWorkBackToAvailable() {
        Page supervisor = signedIn("supervisor1", "/admin");
        Locator agent1Row = supervisor.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Agent statuses"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("agent1"));
        agentsReady();
        Page customer = devPhone(DevPhoneTest.CUSTOMER_TONE, null);
        Locator info = agent1.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Customer information"));

        dial(customer, MAIN);
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        assertThat(remoteParty(agent1)).containsText(DevPhoneTest.CUSTOMER);
        assertThat(statusBox(agent1)).hasValue("RINGING", PATIENT_VALUE);
        // The workspace names the caller from the phonebook, as for any outside caller.
        assertThat(info).containsText("山田 太郎", PATIENTLY_CONTAINS);
        assertThat(status(customer)).hasText("On hold"); // answered by the queue
        assertThat(status(agent2)).hasText("Idle");

        button(agent1, "Answer").click();
        assertThat(status(customer)).hasText("Connected", PATIENTLY);
        hearEachOther(customer, DevPhoneTest.CUSTOMER_TONE, agent1, Phones.AGENT1_TONE);
        assertThat(statusBox(agent1)).hasValue("ON_CALL", PATIENT_VALUE);
        assertThat(agent1Row).containsText("On call", PATIENTLY_CONTAINS);
        assertThat(agent1Row).containsText(DevPhoneTest.CUSTOMER + " · Support", PATIENTLY_CONTAINS);

        button(agent1, "Hang up").click();
        assertThat(status(customer)).hasText("Idle", PATIENTLY);
        assertThat(statusBox(agent1)).hasValue("AFTER_CALL_WORK", PATIENT_VALUE);
        assertThat(agent1Row).containsText("After-call work", PATIENTLY_CONTAINS);
        assertThat(statusBox(agent1)).hasValue("AVAILABLE", PATIENT_VALUE);
        assertThat(agent1Row).containsText("Available", PATIENTLY_CONTAINS);
        assertThat(agent1Row).not().containsText("Support", PATIENTLY_CONTAINS);
    }

    @Test
    void aSecondCallerWaitsWithMusicUntilTheOnlyAgentIsFree() {
        agentsReady();
        Page first = devPhone(DevPhoneTest.CUSTOMER_TONE, null);
        Page second = devPhone(SECOND_TONE, SECOND_CUSTOMER);

        dial(first, MAIN);
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        button(agent1, "Answer").click();
        assertThat(status(first)).hasText("Connected", PATIENTLY);

        dial(second, MAIN);
        assertThat(status(second)).hasText("On hold", PATIENTLY);
        // Hold music (or the announcement), not the agent: the agent is busy with the first caller.
        waitFor("the second caller hears music, not the agent",
                () -> RemoteAudio.hearsSomethingBut(second, Phones.AGENT1_TONE));
        assertThat(status(agent2)).hasText("Idle");

        button(first, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        // After-call work (10 s), then the waiting caller rings agent1.
        assertThat(status(agent1)).hasText("Ringing", new LocatorAssertions.HasTextOptions().setTimeout(40_000));
        assertThat(remoteParty(agent1)).containsText(SECOND_CUSTOMER);
        button(agent1, "Answer").click();
        assertThat(status(second)).hasText("Connected", PATIENTLY);
        hearEachOther(second, SECOND_TONE, agent1, Phones.AGENT1_TONE);
        button(second, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
    }

    @Test
    void anAdminSeesTheDemosCallCenterAndAddsAnotherWhoseNumberMustBeFree() {
        Page admin = signedIn("admin", "/admin");
        admin.navigate(url("/admin/call-centers?lang=en"));
        Locator table = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Call centers"));
        Locator support = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Support"));
        assertThat(support).containsText(MAIN, PATIENTLY_CONTAINS);
        assertThat(support).containsText("Agent One (5), Agent Two (5)");
        assertThat(support).containsText("Longest idle");

        button(admin, "Add call center").click();
        Locator form = admin.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Call center form"));
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Call center name")).fill("Sales");
        Locator numbers = form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Inbound numbers"));
        numbers.fill("050-123-4567");
        form.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("203 Agent Three")).check();
        form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Routing strategy")).selectOption("SKILLS");
        button(admin, "Save").click();
        assertThat(numbers).hasAttribute("aria-invalid", "true"); // Support's number
        numbers.fill("03-5555-0000");
        button(admin, "Save").click();
        Locator sales = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sales"));
        assertThat(sales).containsText("0355550000", PATIENTLY_CONTAINS);
        assertThat(sales).containsText("Agent Three (5)");
        assertThat(sales).containsText("Skills");

        button(admin, "Delete call center Sales").click();
        assertThat(sales).hasCount(0);
    }

    /** agent1 Available, agent2 on Break, both with their softphones open. */
    private void agentsReady() {
        agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
        agent2 = Phones.softphone(this, "agent2", Phones.AGENT2_TONE);
        choose(agent2, "BREAK");
        choose(agent1, "AVAILABLE");
    }

    @AfterEach
    void agentsOffline() {
        // Leave no agent available for other tests' calls; the status stays in the shared server.
        for (Page page : new Page[] {agent1, agent2}) {
            if (page != null) {
                Locator hangUp = button(page, "Hang up");
                if (hangUp.isEnabled()) {
                    hangUp.click(); // a test that failed half-way; a call ends before its agent goes offline
                }
                choose(page, "OFFLINE");
            }
        }
    }

    private static void choose(Page page, String status) {
        statusBox(page).selectOption(status);
        assertThat(statusBox(page)).hasValue(status, PATIENT_VALUE);
    }

    private static Locator statusBox(Page page) {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status"));
    }

    /** A dev phone page; {@code number} null keeps its default number, else registers that one. */
    private Page devPhone(int tone, String number) {
        Page page = newPerson("en-US", tone);
        RemoteAudio.instrument(page);
        page.navigate(url("/devphone?lang=en"));
        if (number != null) {
            Locator mine = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("My number"));
            assertThat(page.getByText("Phone connected").or(page.getByRole(AriaRole.ALERT))).isVisible(VISIBLY);
            mine.fill(number);
            button(page, "Register").click();
            assertThat(page.getByText("Registered as " + number)).isVisible(VISIBLY);
        }
        assertThat(page.getByText("Phone connected")).isVisible(VISIBLY);
        return page;
    }
}
