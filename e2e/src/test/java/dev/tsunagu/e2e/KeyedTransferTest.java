package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.AGENT1_TONE;
import static dev.tsunagu.e2e.Phones.AGENT2_TONE;
import static dev.tsunagu.e2e.Phones.AGENT3_TONE;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.VISIBLY;
import static dev.tsunagu.e2e.Phones.assertMoves;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.hearEachOther;
import static dev.tsunagu.e2e.Phones.press;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;
import static dev.tsunagu.e2e.Phones.transferProgress;
import static dev.tsunagu.e2e.Phones.waitFor;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Transfers keyed on the keypad during a call, the keys going down the media leg as DTMF:
 * {@code *} (SP-10) asks for the number by voice guidance, rings the target showing the original
 * caller, and hands over when agent1 hangs up after the target answered; {@code #} (SP-11) hands
 * the caller over at once, agent1 is free before the target answers.
 */
class KeyedTransferTest extends BrowserTest {

    private static final String HASH_HINT = "# transfer: if the target is busy or does not answer, the caller is cut off.";

    @Test
    void starTransferAsksForTheNumberAndHandsOverWhenTheTargetAnswered() {
        Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        Page agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
        Phones.call(agent2, "201", agent1);
        hearEachOther(agent1, AGENT1_TONE, agent2, AGENT2_TONE);

        press(agent1, "*");
        assertThat(transferProgress(agent1)).containsText("* transfer: enter the number", PATIENTLY_CONTAINS);
        waitFor("agent1 hears the voice guidance, not agent2", () -> RemoteAudio.hearsSomethingBut(agent1, AGENT2_TONE));
        assertThat(status(agent2)).hasText("On hold", PATIENTLY);

        press(agent1, "203#");
        assertThat(status(agent3)).hasText("Ringing", PATIENTLY);
        // The target sees who is being transferred to it, not who transfers.
        assertThat(remoteParty(agent3)).containsText("202 Caller");
        assertThat(remoteParty(agent3)).not().containsText("201");
        assertThat(transferProgress(agent1)).hasText("* transfer to 203…", PATIENTLY);

        button(agent3, "Answer").click();
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        assertThat(transferProgress(agent1)).hasText("* transfer to 203: answered. Hang up to complete the transfer.",
                PATIENTLY);
        hearEachOther(agent1, AGENT1_TONE, agent3, AGENT3_TONE);

        button(agent1, "Hang up").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        assertThat(status(agent3)).hasText("Connected");
        hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);

        button(agent2, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertMoves(Phones.timelineOfLastCall(agent2, "outgoing"),
                "DIALED 202", "ANSWERED 201", "TRANSFER_STARTED 201", "CONSULTING 201", "RINGING 203",
                "ANSWERED 203", "TRANSFERRED 201", "LEFT 201", "ENDED");
    }

    @Test
    void hashTransferReleasesTheTransferringLineAtOnce() {
        Page agent1 = Phones.softphone(this, "agent1", AGENT1_TONE);
        Page agent2 = Phones.softphone(this, "agent2", AGENT2_TONE);
        Page agent3 = Phones.softphone(this, "agent3", AGENT3_TONE);
        Phones.call(agent2, "201", agent1);
        // The warning is there before # is pressed.
        assertThat(agent1.getByText(HASH_HINT)).isVisible(VISIBLY);

        press(agent1, "#");
        assertThat(transferProgress(agent1)).containsText("# transfer: enter the number", PATIENTLY_CONTAINS);
        press(agent1, "203#");
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);
        assertThat(status(agent3)).hasText("Ringing");
        assertThat(remoteParty(agent3)).containsText("202");
        assertThat(status(agent2)).not().hasText("Connected");

        button(agent3, "Answer").click();
        assertThat(status(agent3)).hasText("Connected", PATIENTLY);
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        hearEachOther(agent2, AGENT2_TONE, agent3, AGENT3_TONE);

        button(agent3, "Hang up").click();
        assertThat(status(agent2)).hasText("Idle", PATIENTLY);
        assertThat(status(agent3)).hasText("Idle", PATIENTLY);
        assertMoves(Phones.timelineOfLastCall(agent2, "outgoing"),
                "DIALED 202", "ANSWERED 201", "TRANSFER_STARTED 201", "TRANSFERRED 201", "LEFT 201",
                "RINGING 203", "ANSWERED 203", "ENDED");
    }
}
