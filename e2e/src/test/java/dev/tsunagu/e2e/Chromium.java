package dev.tsunagu.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 * One browser for the run; every test gets fresh contexts, which are as separate as two browsers.
 */
final class Chromium {

    /** What every fake microphone in the run plays, so the server can prove it heard the browser. */
    static final int MICROPHONE_TONE_HZ = 440;

    private static final java.util.Map<Integer, Browser> BY_TONE = new java.util.HashMap<>();
    private static Playwright playwright;

    /** The browser whose fake microphone plays {@value #MICROPHONE_TONE_HZ} Hz. */
    static Browser browser() {
        return browser(MICROPHONE_TONE_HZ);
    }

    /** A browser (one per tone: the fake microphone is per process) whose microphone plays {@code toneHz}. */
    static synchronized Browser browser(int toneHz) {
        Browser browser = BY_TONE.get(toneHz);
        if (browser == null) {
            if (playwright == null) {
                playwright = Playwright.create();
                Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            }
            String executable = System.getProperty("tsunagu.e2e.chromium", "/usr/bin/chromium");
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--autoplay-policy=no-user-gesture-required",
                            "--use-fake-ui-for-media-stream",
                            "--use-fake-device-for-media-stream",
                            "--use-file-for-fake-audio-capture=" + ToneFile.get(toneHz))));
            BY_TONE.put(toneHz, browser);
        }
        return browser;
    }

    private Chromium() {
    }
}
