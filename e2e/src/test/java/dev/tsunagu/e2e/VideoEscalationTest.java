package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Video escalation end to end (VE-01–VE-08), in real Chromium with fake cameras: the dev phone
 * calls agent1, who starts video with the SMS going to the dev phone's number; the customer opens
 * the link from the dev phone's messages on a phone-sized page, and both sides decode video.
 * agent1 saves a capture (a PNG) and a recording (a WebM that ffprobe reads), shares the screen,
 * and ends the video: the phone call carries on and the old link is refused. A second video is
 * then handed to agent2 on an attended transfer ("Join the current video room").
 */
class VideoEscalationTest extends BrowserTest {

    private static final Pattern WEBM_NAME = Pattern.compile("\\d{14}agent1[A-Za-z0-9-]+\\.webm");
    private static final Pattern PNG_NAME = Pattern.compile("\\d{14}agent1[A-Za-z0-9-]+\\.png");

    @TempDir
    Path downloads;

    @Test
    void aPhoneCallGoesToVideoByAnSmsLinkAndTheRoomFollowsATransfer() throws Exception {
        Page phone = newPerson("en-US", DevPhoneTest.CUSTOMER_TONE);
        RemoteAudio.instrument(phone);
        phone.navigate(url("/devphone?lang=en"));
        assertThat(phone.getByText("Phone connected")).isVisible(VISIBLY);
        Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
        Page agent2 = Phones.softphone(this, "agent2", Phones.AGENT2_TONE);

        dial(phone, "0501234201");
        assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
        button(agent1, "Answer").click();
        assertThat(status(phone)).hasText("Connected", PATIENTLY);

        // VE-01–VE-03: the caller's number is filled in; the link goes by SMS to the dev phone.
        String firstLink = startVideo(agent1, phone, null, true);
        Page customer = newMobilePerson();
        RemoteAudio.instrument(customer);
        joinAsCustomer(customer, firstLink);
        VideoStats.awaitRising(agent1, 30);
        VideoStats.awaitRising(customer, 30);
        assertThat(customer.getByLabel("Communicator")).isVisible();
        assertThat((Boolean) customer.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on the phone").isTrue();

        // VE-04: a capture of the customer's video, saved as a PNG and listed.
        Download capture = agent1.waitForDownload(() -> button(agent1, "Capture").click());
        assertThat(capture.suggestedFilename()).matches(PNG_NAME);
        byte[] png = Files.readAllBytes(capture.path());
        assertThat(Arrays.copyOf(png, 4)).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Locator saved = agent1.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Saved files"));
        assertThat(saved.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(capture.suggestedFilename()))).isVisible();

        // VE-04, VE-09: consent first, then a WebM that a standard tool reads, with a duration (seekable).
        button(agent1, "Record").click();
        Locator consent = agent1.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Recording consent"));
        assertThat(consent).isVisible();
        consent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start recording")).click();
        Locator recording = button(agent1, "Recording");
        assertThat(recording).isVisible(VISIBLY);
        VideoStats.awaitRising(agent1, 60);
        Download webm = agent1.waitForDownload(recording::click);
        assertThat(webm.suggestedFilename()).matches(WEBM_NAME);
        Path file = downloads.resolve(webm.suggestedFilename());
        webm.saveAs(file);
        String probe = ffprobe(file);
        assertThat(probe).contains("codec_type=video").containsPattern("(?m)^duration=\\d+\\.\\d+");
        assertThat(saved.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(webm.suggestedFilename()))).isVisible();

        // VE-04: the communicator's screen reaches the customer as a second video.
        button(agent1, "Share screen").click();
        assertThat(button(agent1, "Stop sharing")).isVisible(VISIBLY);
        Phones.waitFor("the customer decodes the camera and the shared screen", () -> VideoStats.streamsBeyond(customer, 10) >= 2
                && customer.getByLabel("Shared screen").count() == 1);
        assertThat(customer.getByLabel("Shared screen")).isVisible(VISIBLY);
        button(agent1, "Stop sharing").click();

        // VE-05, VE-06: ending the video keeps the phone call; the link no longer opens a room.
        button(agent1, "End video").click();
        assertThat(customer.getByText("The video call has ended. Please close this window.")).isVisible(VISIBLY);
        assertThat(status(agent1)).hasText("Connected");
        Phones.hearEachOther(phone, DevPhoneTest.CUSTOMER_TONE, agent1, Phones.AGENT1_TONE);
        customer.navigate(firstLink);
        assertThat(customer.getByText("This link is no longer valid.")).isVisible(VISIBLY);

        // VE-08: a new video, then an attended transfer to agent2, who joins the current room.
        // This time the communicator's camera stays off (the default) and it shares its screen at once:
        // the customer's only video is the screen, and is named so.
        String secondLink = startVideo(agent1, phone, firstLink, false);
        joinAsCustomer(customer, secondLink);
        VideoStats.awaitRising(agent1, 20);
        button(agent1, "Share screen").click();
        assertThat(customer.getByLabel("Shared screen")).isVisible(VISIBLY);
        VideoStats.awaitRising(customer, 10);
        button(agent1, "Hold").click();
        assertThat(status(agent1)).hasText("On hold", PATIENTLY);
        dial(agent1, "202");
        assertThat(status(agent2)).hasText("Ringing", PATIENTLY);
        button(agent2, "Answer").click();
        assertThat(status(agent2)).hasText("Connected", PATIENTLY);
        button(agent1, "Transfer").click();
        assertThat(status(agent1)).hasText("Idle", PATIENTLY);

        agent2.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Video")).click();
        Locator join = agent2.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Join the current video room"));
        assertThat(join).isChecked(new LocatorAssertions.IsCheckedOptions().setTimeout(20_000));
        button(agent2, "Join").click();
        VideoStats.awaitRising(agent2, 30);
        assertThat(agent1.getByText("The customer has left")).isVisible(VISIBLY);
        Phones.hearEachOther(phone, DevPhoneTest.CUSTOMER_TONE, agent2, Phones.AGENT2_TONE);

        // VE-05: hanging up the phone ends the video on both sides.
        button(agent2, "Hang up").click();
        assertThat(customer.getByText("The video call has ended. Please close this window.")).isVisible(VISIBLY);

        // VE-08: the contact's timeline has both rooms, the capture and the recording by name, and the takeover.
        String name = capture.suggestedFilename();
        String callId = name.substring(14 + "agent1".length(), name.length() - ".png".length());
        List<String> moves = new ArrayList<>();
        Phones.waitFor("the video's moves on the call's timeline", () -> {
            moves.clear();
            new Api(agent2).get("/api/calls/" + callId + "/timeline")
                    .forEach(e -> moves.add(e.get("kind").asString() + " " + e.path("detail").asString("")));
            return moves.stream().filter(m -> m.startsWith("VIDEO_ENDED")).count() == 2;
        });
        assertThat(moves).contains("VIDEO_CAPTURE " + name, "VIDEO_RECORDING " + webm.suggestedFilename(),
                "VIDEO_ENDED agentEnded", "VIDEO_ENDED callEnded");
        assertThat(moves.stream().map(m -> m.split(" ")[0])).containsSubsequence("ANSWERED", "VIDEO_STARTED",
                "VIDEO_CUSTOMER_JOINED", "VIDEO_CAPTURE", "VIDEO_RECORDING", "VIDEO_ENDED", "VIDEO_STARTED", "TRANSFERRED",
                "VIDEO_TAKEN_OVER", "VIDEO_ENDED");

        // …and agent2 reads it in the call history: the newest call's Timeline.
        agent2.navigate(url("/history?lang=en"));
        Locator newest = agent2.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Call history"))
                .getByRole(AriaRole.ROW).nth(1);
        assertThat(newest).containsText(DevPhoneTest.CUSTOMER, Phones.PATIENTLY_CONTAINS);
        newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Timeline")).click();
        Locator timeline = agent2.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Timeline of the call"));
        assertThat(timeline).containsText("Capture saved — " + name, Phones.PATIENTLY_CONTAINS);
        assertThat(timeline).containsText("Recording saved — " + webm.suggestedFilename());
        assertThat(timeline).containsText("Took over the video call");
        assertThat(timeline).containsText("Video call ended — the phone call ended");
    }

    /** Opens the Video tab, checks the number, starts (camera on or left off); answers the link the dev phone got. */
    private String startVideo(Page agent, Page phone, String previousLink, boolean cameraOn) {
        agent.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Video")).click();
        assertThat(agent.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("SMS number")))
                .hasValue(DevPhoneTest.CUSTOMER, new LocatorAssertions.HasValueOptions().setTimeout(20_000));
        assertThat(agent.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Camera off"))).isChecked();
        if (cameraOn) {
            agent.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Camera on")).check();
        }
        button(agent, "Share and start").click();
        assertThat(agent.getByText("Waiting for the customer…")).isVisible(VISIBLY);
        Locator newest = phone.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"))
                .getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK);
        Phones.waitFor("a new video link on the dev phone", () -> {
            String href = newest.count() == 0 ? null : newest.first().getAttribute("href");
            return href != null && href.contains("/v/") && !href.equals(previousLink);
        });
        return newest.first().getAttribute("href");
    }

    private static void joinAsCustomer(Page customer, String link) {
        customer.navigate(link);
        button(customer, "Start video").click();
        assertThat(button(customer, "End video")).isVisible(VISIBLY);
    }

    private static String ffprobe(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_streams", "-show_format", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
