package com.studyhall.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


/**
 * A journey in headless Chromium against the whole application on a random port: a desktop-sized
 * browser opened before each test and closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1280, 1000);
        wait = Browser.patientWait(browser, 10);
    }

    private WebDriver secondBrowser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (secondBrowser != null) {
            secondBrowser.quit();
            secondBrowser = null;
        }
    }

    /** A second person's browser beside {@link #browser} (a learner while the instructor edits), closed after the test. */
    protected WebDriver secondBrowser() {
        if (secondBrowser == null) {
            secondBrowser = Browser.start(1280, 1000);
        }
        return secondBrowser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
