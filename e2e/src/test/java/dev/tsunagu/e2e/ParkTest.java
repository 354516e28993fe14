package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.BEEP_HZ;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.parkNumber;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;
import static dev.tsunagu.e2e.Phones.waitFor;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Park (SP-08): the parked caller hears music in a numbered slot; whoever dials the number picks
 * the call up with a short beep; a call nobody picks up rings back the line that parked it.
 */
class ParkTest extends BrowserTest {

    @Test
    void aParkedCallIsPickedUpByDiallingItsNumber() {
        Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        Page agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
        Phones.call(agent2, "201", agent1);
        hearEachOther(agent1, AGENT1_TONE, agent2, AGENT2_TONE);

        button(agent1, "Park").click();
        assertThat(status(agent1)).hasText("Parked", PATIENTLY);
        assertThat(parkNumber(agent1)).hasText("701");
        assertThat(status(agent2)).hasText("On hold", PATIENTLY);
        waitFor("agent2 hears the guidance or music, not agent1", () -> RemoteAudio.hearsSomethingBut(agent2, AGENT1_TONE));

        RemoteAudio.startPeakRecorder(agent3, BEEP_HZ);
        dial(agent3, "701");
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        assertThat(remoteParty(agent3)).containsText("202");
        assertThat(agent1.getByText("The parked call was picked up.")).isVisible(VISIBLY);
        hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);
        double beep = RemoteAudio.peak(agent3, BEEP_HZ);
        if (beep < RemoteAudio.HEARD_DB) {
            throw new AssertionError("agent3 heard no 1 kHz beep as the call connected (peak " + beep + " dB)");
        }

        button(agent3, "Hang up").click();
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
    }

    @Test
    void aParkedCallNobodyPicksUpRingsBackTheParker() {
        Api admin = new Api(signedIn("admin", "/admin"));
        JsonNode settings = admin.get("/api/admin/pbx");
        Map<String, Object> shortTimeout = new LinkedHashMap<>();
        shortTimeout.put("parkFirst", settings.get("parkFirst").asInt());
        shortTimeout.put("parkLast", settings.get("parkLast").asInt());
        shortTimeout.put("parkTimeoutSeconds", 5);
        shortTimeout.put("guidanceLanguage", settings.get("guidanceLanguage").asString());
        admin.put("/api/admin/pbx", shortTimeout);
        try {
            Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
            Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
            Phones.call(agent2, "201", agent1);

            button(agent1, "Park").click();
            assertThat(status(agent1)).hasText("Parked", PATIENTLY);
            assertThat(parkNumber(agent1)).hasText("701");

            // Nobody dials 701: after the park timeout agent1's phone rings again, with the parked caller.
            assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
            assertThat(remoteParty(agent1)).containsText("202", PATIENTLY_CONTAINS);
            button(agent1, "Answer").click();
            assertThat(status(agent1)).hasText("Connected", PATIENTLY);
            assertThat(status(agent2)).hasText("Connected", PATIENTLY);
            hearEachOther(agent1, AGENT1_TONE, agent2, AGENT2_TONE);

            button(agent2, "Hang up").click();
            assertThat(status(agent1)).hasText("Idle", PATIENTLY);
            assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        } finally {
            shortTimeout.put("parkTimeoutSeconds", 300);
            admin.put("/api/admin/pbx", shortTimeout);
        }
    }
}
