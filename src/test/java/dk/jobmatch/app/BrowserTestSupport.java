package dk.jobmatch.app;

import dk.jobmatch.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test against the real server: a fresh browser for each test, closed after the test's
 * own clean-up (JUnit runs a subclass's {@code @AfterEach} first).
 */
abstract class BrowserTestSupport extends ApiTestSupport {

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
