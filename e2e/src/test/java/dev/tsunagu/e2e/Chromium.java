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

    private static Browser browser;

    static synchronized Browser browser() {
        if (browser == null) {
            Playwright playwright = Playwright.create();
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
                            "--use-fake-ui-for-media-stream",
                            "--use-fake-device-for-media-stream",
                            "--use-file-for-fake-audio-capture=" + ToneFile.get(MICROPHONE_TONE_HZ))));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    private Chromium() {
    }
}
