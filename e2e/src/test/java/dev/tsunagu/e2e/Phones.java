package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What the softphone tests share: a signed-in softphone whose microphone plays a tone, its
 * controls found by role and name (ui-contract.md, docs/ui-names.md), and a polling wait.
 *
 * <p>The agents' tones stay clear of what else a line may hear: the hold music's notes (C major
 * pentatonic around 392–1047 Hz, 440 Hz among them), the 400 Hz ringback and busy tones, and the
 * 1 kHz beep of a picked-up parked call.
 */
final class Phones {

    static final int AGENT1_TONE = 700;
    static final int AGENT2_TONE = 490;
    static final int AGENT3_TONE = 1400;
    static final int AGENT4_TONE = 950;
    /** The beep a parked call plays as it is picked up. */
    static final int BEEP_HZ = 1000;

    static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions().setTimeout(20_000);
    static final LocatorAssertions.IsVisibleOptions VISIBLY = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);
    static final LocatorAssertions.ContainsTextOptions PATIENTLY_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    private Phones() {
    }

    /** Agent {@code login}'s softphone on /agent, line connected, its microphone playing {@code tone}. */
    static Page softphone(BrowserTest test, String login, int tone) {
        Page page = test.newPerson("en-US", tone);
        RemoteAudio.instrument(page);
        test.signIn(page, login, BrowserTest.PASSWORD, "/agent");
        assertThat(page.getByText("Phone connected")).isVisible(VISIBLY);
        return page;
    }

    static Locator status(Page page) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Call status"));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator remoteParty(Page page) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Remote party"));
    }

    static Locator parkNumber(Page page) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Park number"));
    }

    static Locator transferProgress(Page page) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Transfer progress"));
    }

    static Locator alert(Page page, String text) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Types the number and presses Call (during a held call this dials a transfer target). */
    static void dial(Page page, String number) {
        // Exact: the dev phone also has "My number".
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Number").setExact(true)).fill(number);
        button(page, "Call").click();
    }

    /** Presses the keypad's buttons one by one, e.g. {@code "203#"}; during a call each is also a DTMF tone. */
    static void press(Page page, String keys) {
        for (char key : keys.toCharArray()) {
            button(page, String.valueOf(key)).click();
        }
    }

    /** {@code callee} rings for {@code caller}'s call and answers it; both show Connected. */
    static void call(Page caller, String number, Page callee) {
        dial(caller, number);
        assertThat(status(callee)).hasText("Ringing", PATIENTLY);
        button(callee, "Answer").click();
        assertThat(status(callee)).hasText("Connected", PATIENTLY);
        assertThat(status(caller)).hasText("Connected", PATIENTLY);
    }

    /** Each page hears the other's tone. */
    static void hearEachOther(Page a, int aTone, Page b, int bTone) {
        waitFor("each hears the other's tone (" + aTone + " Hz, " + bTone + " Hz)",
                () -> RemoteAudio.hears(a, bTone) && RemoteAudio.hears(b, aTone));
    }

    /**
     * The timeline (docs/protocol.md {@code TimelineEntry}) of the newest call in the page's history
     * of {@code kind} ("answered", "missed", "outgoing"), read through the API once the call has
     * ended: history is written as a party leaves, the timeline as every move happens.
     */
    static List<JsonNode> timelineOfLastCall(Page page, String kind) {
        Api api = new Api(page);
        String[] callId = new String[1];
        waitFor("a " + kind + " history entry", () -> {
            JsonNode entries = api.get("/api/phone/history?kind=" + kind + "&page=0").get("entries");
            callId[0] = entries.isEmpty() ? null : entries.get(0).get("callId").asString();
            return callId[0] != null;
        });
        List<JsonNode> timeline = new ArrayList<>();
        waitFor("the call's timeline up to ENDED", () -> {
            timeline.clear();
            api.get("/api/calls/" + callId[0] + "/timeline").forEach(timeline::add);
            return !timeline.isEmpty() && timeline.getLast().get("kind").asString().equals("ENDED");
        });
        return timeline;
    }

    /**
     * Checks that {@code expected} entries appear in the timeline in this order (other entries may come
     * between them), each written {@code KIND} or {@code KIND number} (the party who moved) and returns
     * the position of each in the timeline.
     */
    static int[] assertMoves(List<JsonNode> timeline, String... expected) {
        int[] found = new int[expected.length];
        int at = 0;
        for (int i = 0; i < expected.length; i++) {
            String[] want = expected[i].split(" ", 2);
            while (at < timeline.size() && !matches(timeline.get(at), want)) {
                at++;
            }
            if (at == timeline.size()) {
                throw new AssertionError("the timeline lacks " + expected[i] + " after " + String.join(", ",
                        java.util.Arrays.copyOf(expected, i)) + ":\n" + describe(timeline));
            }
            found[i] = at++;
        }
        return found;
    }

    private static boolean matches(JsonNode entry, String[] want) {
        return entry.get("kind").asString().equals(want[0])
                && (want.length == 1 || want[1].equals(entry.get("number").asString()));
    }

    static String describe(List<JsonNode> timeline) {
        return timeline.stream().map(e -> e.get("seq").asInt() + " " + e.get("kind").asString() + " "
                + e.path("number").asString("-") + " " + e.path("detail").asString("-")).collect(Collectors.joining("\n"));
    }

    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in time: " + what);
            }
            try {
                Thread.sleep(50); // polling interval of the condition, not a wait for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
