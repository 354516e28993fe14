package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the end-to-end tests: opens browser contexts (each one a separate person) against the
 * running server and signs in through the real sign-in page. Elements are found by role and
 * accessible name (ui-contract.md), never by CSS.
 */
abstract class BrowserTest {

    static final String PASSWORD = "demo";

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A new person at a new browser, English UI unless the test says otherwise. */
    Page newPerson(String locale) {
        return newPerson(locale, Chromium.MICROPHONE_TONE_HZ);
    }

    /** A new person whose microphone plays {@code toneHz}. */
    Page newPerson(String locale, int toneHz) {
        Browser browser = Chromium.browser(toneHz);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
        contexts.add(context);
        return context.newPage();
    }

    Page newPerson() {
        return newPerson("en-US");
    }

    /** A new person on a smartphone: a portrait phone-sized touch screen, fake camera and microphone. */
    Page newMobilePerson() {
        BrowserContext context = Chromium.browser(Chromium.MICROPHONE_TONE_HZ).newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
        contexts.add(context);
        return context.newPage();
    }

    /** Signs in through /login and waits for the landing page. */
    Page signIn(Page page, String login, String password, String expectedPath) {
        page.navigate(RunningServer.get().url("/login?lang=en"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill(login);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(RunningServer.get().url(expectedPath));
        return page;
    }

    Page signedIn(String login, String expectedPath) {
        return signIn(newPerson(), login, PASSWORD, expectedPath);
    }

    static String url(String path) {
        return RunningServer.get().url(path);
    }

    static void assertStatusSelected(Page page, String label) {
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status")))
                .hasValue(switch (label) {
                    case "Available" -> "AVAILABLE";
                    case "After-call work" -> "AFTER_CALL_WORK";
                    case "Break" -> "BREAK";
                    case "Offline" -> "OFFLINE";
                    default -> throw new IllegalArgumentException(label);
                });
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserTest::hangUpLeftoverCalls);
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /**
     * A test that failed half-way may leave a call up; a closed tab's line (and its call) would
     * outlive it for the server's reconnect grace period and make the next test's extension busy.
     */
    private static void hangUpLeftoverCalls(BrowserContext context) {
        for (Page page : context.pages()) {
            try {
                Locator hangUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hang up").setExact(true));
                if (hangUp.count() == 1 && hangUp.isEnabled()) {
                    hangUp.click(new Locator.ClickOptions().setTimeout(2_000));
                    assertThat(hangUp).isDisabled(new LocatorAssertions.IsDisabledOptions().setTimeout(5_000));
                }
            } catch (RuntimeException | AssertionError e) {
                // Best effort: the test's own failure is what matters.
            }
        }
    }
}
