package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright. The flags keep it from reaching for the
 * network, which this machine does not have.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM + ": apt-get install chromium");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        return browser.newContext().newPage();
    }

    /** Fails on any serious or critical accessibility violation axe-core finds on the page. */
    static void assertAccessible(Page page) {
        // After a click the next page may still be arriving: judge it whole, not half-parsed.
        page.waitForLoadState(LoadState.LOAD);
        var violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList();
        assertThat(violations).as("axe-core on " + page.url()).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
