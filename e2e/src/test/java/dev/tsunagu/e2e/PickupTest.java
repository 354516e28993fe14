package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.AGENT4_TONE;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.alert;
import static dev.tsunagu.e2e.Phones.assertMoves;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code *8} (SP-12) answers a call ringing on another extension of the caller's pickup group, and only there. */
class PickupTest extends BrowserTest {

    @Test
    void starEightPicksUpInsideThePickupGroupOnly() {
        Api admin = new Api(signedIn("admin", "/admin"));
        String group = admin.post("/api/admin/pickup-groups", Map.of("name", "E2E pickup", "extensions", List.of("201", "203")))
                .get("id").asString();
        try {
            Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
            Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
            Page agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
            Page agent4 = Phones.softphone(this, "agent4", AGENT4_TONE);

            dial(agent2, "201");
            assertThat(status(agent1)).hasText("Ringing", PATIENTLY);

            // 204 is in no pickup group.
            dial(agent4, "*8");
            assertThat(alert(agent4, "There is no call to pick up in your pickup group.")).isVisible(VISIBLY);
            assertThat(status(agent1)).hasText("Ringing");

            dial(agent3, "*8");
            assertThat(status(agent3)).hasText("Connected", PATIENTLY);
            assertThat(status(agent2)).hasText("Connected", PATIENTLY);
            assertThat(status(agent1)).hasText("Idle", PATIENTLY);
            assertThat(remoteParty(agent3)).containsText("202");
            assertThat(remoteParty(agent2)).containsText("203", PATIENTLY_CONTAINS);
            hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);
            assertThat(status(agent4)).hasText("Idle");

            button(agent2, "Hang up").click();
            assertThat(status(agent2)).hasText("Idle", PATIENTLY);
            assertThat(status(agent3)).hasText("Idle", PATIENTLY);
            List<JsonNode> timeline = Phones.timelineOfLastCall(agent2, "outgoing");
            assertMoves(timeline, "DIALED 202", "RINGING 201", "LEFT 201", "PICKED_UP 203", "LEFT 202", "ENDED");
            // agent4 had no part in the call: its timeline is not there for it.
            String callId = new Api(agent2).get("/api/phone/history?kind=outgoing").get("entries").get(0).get("callId").asString();
            assertThat(new Api(agent4).statusOf("/api/calls/" + callId + "/timeline")).isEqualTo(404);
            assertThat(new Api(agent3).statusOf("/api/calls/" + callId + "/timeline")).isEqualTo(200);
        } finally {
            admin.delete("/api/admin/pickup-groups/" + group);
        }
    }
}
