package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.assertMoves;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;
import static dev.tsunagu.e2e.Phones.waitFor;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Attended transfer (SP-09): agent1 holds agent2's call, talks to agent3 first, then either hands
 * agent2 over to agent3, or hangs up on agent3 and goes back to agent2. The call's timeline,
 * read through the API, has every move in order.
 */
class AttendedTransferTest extends BrowserTest {

    private Page agent1;
    private Page agent2;
    private Page agent3;

    @Test
    void transferJoinsTheHeldCallerAndTheTarget() {
        consultAgent3();

        button(agent1, "Transfer").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(agent1.getByText("Call transferred.")).isVisible(VISIBLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        assertThat(remoteParty(agent2)).containsText("203", PATIENTLY_CONTAINS);
        assertThat(remoteParty(agent3)).containsText("202", PATIENTLY_CONTAINS);
        hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);

        button(agent3, "Hang up").click();
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);

        List<JsonNode> timeline = Phones.timelineOfLastCall(agent2, "outgoing");
        int[] moves = assertMoves(timeline,
                "DIALED 202", "RINGING 201", "ANSWERED 201",
                "HELD 201", "CONSULTING 201", "RINGING 203", "ANSWERED 203",
                "TRANSFERRED 201", "LEFT 201",
                "LEFT 203", "LEFT 202", "ENDED");
        assertThat(timeline.get(moves[7]).get("detail").asString()).isEqualTo("202->203");
    }

    @Test
    void hangingUpOnTheTargetReturnsToTheHeldCall() {
        consultAgent3();

        button(agent1, "Hang up").click();
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertThat(status(agent1)).hasText("On hold", PATIENTLY);
        assertThat(remoteParty(agent1)).containsText("202", PATIENTLY_CONTAINS);
        assertThat(status(agent2)).hasText("On hold");
        button(agent1, "Resume").click();
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        hearEachOther(agent1, AGENT1_TONE, agent2, AGENT2_TONE);

        button(agent2, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);

        List<JsonNode> timeline = Phones.timelineOfLastCall(agent2, "outgoing");
        assertMoves(timeline,
                "DIALED 202", "RINGING 201", "ANSWERED 201",
                "HELD 201", "CONSULTING 201", "RINGING 203", "ANSWERED 203", "LEFT 203",
                "RESUMED 201", "LEFT 202", "ENDED");
    }

    /** agent2 calls agent1; agent1 holds, dials 203 and talks to agent3 while agent2 waits on music. */
    private void consultAgent3() {
        agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
        Phones.call(agent2, "201", agent1);
        hearEachOther(agent1, AGENT1_TONE, agent2, AGENT2_TONE);

        button(agent1, "Hold").click();
        assertThat(status(agent1)).hasText("On hold", PATIENTLY);
        assertThat(status(agent2)).hasText("On hold", PATIENTLY);
        dial(agent1, "203");
        assertThat(status(agent3)).hasText("Ringing", PATIENTLY);
        // To agent3, agent1 is the caller; agent3 is the transfer target only on agent1's screen.
        assertThat(remoteParty(agent3)).containsText("201 Caller");
        button(agent3, "Answer").click();
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        assertThat(remoteParty(agent3)).containsText("201 Caller");
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);
        assertThat(remoteParty(agent1)).containsText("203 Transfer target", PATIENTLY_CONTAINS);
        assertThat(agent1.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Other parties"))
                .getByRole(AriaRole.LISTITEM)).hasText(new String[] {"On hold: Agent Two 202"});
        hearEachOther(agent1, AGENT1_TONE, agent3, AGENT3_TONE);
        waitFor("agent2 hears music, not agent1 or agent3", () -> RemoteAudio.hearsSomethingBut(agent2, AGENT1_TONE)
                && RemoteAudio.level(agent2, AGENT3_TONE) < RemoteAudio.HEARD_DB);
        assertThat(button(agent1, "Transfer")).isEnabled();
    }
}
