package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.assertMoves;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.dial;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;
import static dev.tsunagu.e2e.Phones.waitFor;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Three-way call (SP-13): agent1 consults agent3 while agent2 holds, then joins all three in a
 * mixing bridge where each hears the other two tones at once (and not its own); whoever leaves,
 * the other two stay connected.
 */
class ConferenceTest extends BrowserTest {

    private Page agent1;
    private Page agent2;
    private Page agent3;

    @Test
    void theOtherTwoStayWhenACallerLeaves() {
        threeWayCall();

        button(agent2, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent1)).hasText("Connected");
        assertThat(status(agent3)).hasText("Connected");
        assertThat(remoteParty(agent1)).not().containsText("202", PATIENTLY_CONTAINS);
        hearEachOther(agent1, AGENT1_TONE, agent3, AGENT3_TONE);

        button(agent3, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertMoves(Phones.timelineOfLastCall(agent2, "outgoing"),
                "DIALED 202", "ANSWERED 201", "HELD 201", "CONSULTING 201", "ANSWERED 203", "CONFERENCED 201",
                "LEFT 202", "LEFT 203", "LEFT 201", "ENDED");
    }

    @Test
    void theOtherTwoStayWhenTheOneWhoJoinedThemLeaves() {
        threeWayCall();

        button(agent1, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected");
        assertThat(status(agent3)).hasText("Connected");
        hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);

        button(agent3, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
    }

    /** agent2 calls agent1, agent1 holds and consults agent3, then presses Conference. */
    private void threeWayCall() {
        agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
        Phones.call(agent2, "201", agent1);
        button(agent1, "Hold").click();
        assertThat(status(agent1)).hasText("On hold", PATIENTLY);
        dial(agent1, "203");
        assertThat(status(agent3)).hasText("Ringing", PATIENTLY);
        button(agent3, "Answer").click();
        assertThat(status(agent1)).hasText("Connected", PATIENTLY);

        button(agent1, "Conference").click();
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        assertThat(status(agent3)).hasText("Connected");
        assertThat(status(agent1)).hasText("Connected");
        assertThat(remoteParty(agent1)).containsText("Three-way call", PATIENTLY_CONTAINS);
        assertThat(remoteParty(agent1)).containsText("202");
        assertThat(remoteParty(agent1)).containsText("203");
        waitFor("each hears the other two at once, and not itself", () ->
                hearsOnlyTheOthers(agent1, AGENT1_TONE, AGENT2_TONE, AGENT3_TONE)
                        && hearsOnlyTheOthers(agent2, AGENT2_TONE, AGENT1_TONE, AGENT3_TONE)
                        && hearsOnlyTheOthers(agent3, AGENT3_TONE, AGENT1_TONE, AGENT2_TONE));
    }

    private static boolean hearsOnlyTheOthers(Page page, int own, int other, int another) {
        double[] db = RemoteAudio.levels(page, own, other, another);
        return db[0] < RemoteAudio.HEARD_DB && db[1] > RemoteAudio.HEARD_DB && db[2] > RemoteAudio.HEARD_DB;
    }
}
