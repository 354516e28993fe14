package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The histories (CC-04) after a real call: the dev phone calls the main number, agent1 answers in
 * the workspace, tags the call and leaves a note; the call shows up with its tag, note and the main
 * call center's business label (サポート) in the call history and the business-label history, and in the CSV
 * export downloaded from the page. The main number rings agent1 directly or through a call center,
 * so the test only relies on agent1 being available and answering.
 */
class HistoryTest extends BrowserTest {

    @Test
    void aCallWithItsTagAndNoteAppearsInTheHistoriesAndTheirExport() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String tag = "History " + unique;
        String noteText = "折り返し希望 " + unique;
        new Api(signedIn("admin", "/admin")).post("/api/admin/tags", Map.of("name", tag));
        Page customer = newPerson("en-US", DevPhoneTest.CUSTOMER_TONE);
        RemoteAudio.instrument(customer);
        customer.navigate(url("/devphone?lang=en"));
        assertThat(customer.getByText("Phone connected")).isVisible(VISIBLY);
        Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
        new Api(agent1).put("/api/me/status", Map.of("status", "AVAILABLE"));
        // agent2 is the call center's other member: on a break, the queue offers the call to agent1.
        new Api(signedIn("agent2", "/agent")).put("/api/me/status", Map.of("status", "BREAK"));

        dial(customer, "0501234567");
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        button(agent1, "Answer").click();
        assertThat(status(customer)).hasText("Connected", PATIENTLY);
        Locator record = agent1.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Call record"));
        Locator box = record.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(tag));
        box.click();
        assertThat(box).isChecked(new LocatorAssertions.IsCheckedOptions().setTimeout(20_000));
        button(customer, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        record.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Note")).fill(noteText);
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
        assertThat(record.getByText("Note saved.")).isVisible(VISIBLY);
        assertThat(agent1.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Histories"))).isVisible();

        Page supervisor = signedIn("supervisor1", "/admin");
        supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Histories")).click();
        supervisor.waitForURL(url("/history"));
        Locator calls = supervisor.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Call history"));
        Locator row = calls.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(noteText));
        assertThat(row).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(row).containsText(tag);
        assertThat(row).containsText("サポート");
        assertThat(row).containsText("09012345678");
        assertThat(row).containsText("Agent One (201)");

        supervisor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Business label history")).click();
        supervisor.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Business label")).selectOption("サポート");
        supervisor.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Tag")).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(tag));
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator labelled = supervisor.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Business label history"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(noteText));
        assertThat(labelled).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(labelled).containsText(tag);
        assertThat(supervisor.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Calls per business label")))
                .containsText("サポート: 1", PATIENTLY_CONTAINS);

        Download download = supervisor.waitForDownload(
                () -> supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
        byte[] file = Files.readAllBytes(download.path());
        assertThat(file[0] & 0xFF).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("\"call_id\",\"started_at\"");
        String[] lines = csv.split("\r\n");
        assertThat(lines).as("the header and the one call filtered by label and tag").hasSize(2);
        assertThat(lines[1]).contains("\"サポート\"", "\"" + tag + "\"", "Agent One: " + noteText, "\"09012345678\"", "\"true\"");
        assertThat(download.suggestedFilename()).startsWith("history-labels-");

        // The call-center history has the call's visit to Support, answered by agent1.
        Api api = new Api(supervisor);
        long tagId = 0;
        for (var t : api.get("/api/history/options").get("tags")) {
            if (t.get("name").asString().equals(tag)) {
                tagId = t.get("id").asLong();
            }
        }
        var visits = api.get("/api/history/call-centers?tag=" + tagId).get("entries");
        assertThat(visits.size()).isEqualTo(1);
        var visit = visits.get(0).get("visit");
        assertThat(visit.get("callCenterName").asString()).isEqualTo("Support");
        assertThat(visit.get("outcome").asString()).isEqualTo("ANSWERED");
        assertThat(visit.get("agentName").asString()).isEqualTo("Agent One");
        assertThat(visits.get(0).get("tags").get(0).get("name").asString()).isEqualTo(tag);
        assertThat(visits.get(0).get("notes").get(0).get("body").asString()).isEqualTo(noteText);
    }
}
