package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.BEEP_HZ;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.alert;
import static dev.tsunagu.e2e.Phones.assertMoves;
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
 * the call up with a short beep; a call nobody picks up rings back the line that parked it, or is
 * dropped when that line is busy; the parker's softphone lets go of the number once it is moot.
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
    void theParkerLetsGoOfTheParkNumberWhenTheParkedCallerHangsUp() {
        Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        Phones.call(agent2, "201", agent1);
        button(agent1, "Park").click();
        assertThat(parkNumber(agent1)).hasText("701", PATIENTLY);

        button(agent2, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(parkNumber(agent1)).hasCount(0);
    }

    @Test
    void aParkedCallNobodyPicksUpRingsBackTheParker() {
        withParkTimeoutOfFiveSeconds(() -> {
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
            assertMoves(Phones.timelineOfLastCall(agent2, "outgoing"),
                    "DIALED 202", "ANSWERED 201", "PARKED 201", "LEFT 201", "PARK_RINGBACK 202", "RINGING 201",
                    "ANSWERED 201", "LEFT 202", "ENDED");
        });
    }

    @Test
    void aParkedCallIsDroppedWhenTheParkerIsBusyAtTheTimeout() {
        withParkTimeoutOfFiveSeconds(() -> {
            Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
            Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
            Page agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
            Phones.call(agent2, "201", agent1);
            button(agent1, "Park").click();
            assertThat(parkNumber(agent1)).hasText("701", PATIENTLY);

            // The line is free once the call is parked: agent1 takes another call.
            Phones.call(agent1, "203", agent3);
            assertThat(status(agent2)).hasText("Idle", PATIENTLY);
            assertThat(alert(agent2, "The parked call was not picked up in time and has been dropped.")).isVisible(VISIBLY);
            assertThat(status(agent1)).hasText("Connected");
            hearEachOther(agent1, AGENT1_TONE, agent3, AGENT3_TONE);

            // The slot is free again.
            dial(agent2, "701");
            assertThat(alert(agent2, "No call is parked at that number.")).isVisible(VISIBLY);

            button(agent3, "Hang up").click();
            assertThat(status(agent1)).hasText("Idle", PATIENTLY);
            assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        });
    }

    /** Runs the test with the PBX's park timeout at 5 s (the shortest allowed), set back to 300 s afterwards. */
    private void withParkTimeoutOfFiveSeconds(Runnable test) {
        Api admin = new Api(signedIn("admin", "/admin"));
        JsonNode settings = admin.get("/api/admin/pbx");
        Map<String, Object> pbx = new LinkedHashMap<>();
        pbx.put("parkFirst", settings.get("parkFirst").asInt());
        pbx.put("parkLast", settings.get("parkLast").asInt());
        pbx.put("parkTimeoutSeconds", 5);
        pbx.put("guidanceLanguage", settings.get("guidanceLanguage").asString());
        admin.put("/api/admin/pbx", pbx);
        try {
            test.run();
        } finally {
            pbx.put("parkTimeoutSeconds", 300);
            admin.put("/api/admin/pbx", pbx);
        }
    }
}
