package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's connection drops while answering a mock test: the attempt page says the answer is not
 * saved yet and when it will be sent again, keeps it, and saves it by itself once the connection is back.
 * A new learner, so the demo learner's attempts stay as other journeys expect them.
 */
class AutosaveRetryBrowserIT extends BrowserJourney {

    private static final By SAVE_STATUS = By.cssSelector("[data-save-status]");

    @Test
    void anAnswerTypedWhileOfflineIsKeptRetriedAndSavedWhenTheConnectionReturns() throws Exception {
        signUpAndEnroll();
        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection/test"));
        MockTestSteps.press(browser, wait, "Start the mock test");
        wait.until(ExpectedConditions.urlContains("/attempts/"));
        WebElement answer = browser.findElement(By.cssSelector(".question-card input[type=text], .question-card textarea"));
        String fieldId = answer.getAttribute("id");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", answer);

        offline(true);
        answer.sendKeys("42, typed while offline");
        wait.until(ExpectedConditions.textMatches(SAVE_STATUS,
                java.util.regex.Pattern.compile("Not saved yet: no connection\\. Your answer is kept on this page and sent again in \\d+ s\\.")));
        Browser.screenshot(browser, "autosave-not-saved-yet");
        // Still failing a retry later: the page keeps trying, waiting longer each time, and keeps the text.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(SAVE_STATUS, "sent again in 4 s"));
        assertThat(answer.getAttribute("value")).isEqualTo("42, typed while offline");

        offline(false);
        // The next retry comes at most 8 s after the last failure.
        Browser.patientWait(browser, 20).until(ExpectedConditions.textToBePresentInElementLocated(SAVE_STATUS, "Saved at"));

        // What the server has, not the tab's own unconfirmed copy: forget that copy, then reload.
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(fieldId)));
        assertThat(browser.findElement(By.id(fieldId)).getAttribute("value")).isEqualTo("42, typed while offline");
        assertThat(browser.findElement(By.cssSelector("[data-answered-count]")).getText()).isEqualTo("1");
    }

    private void signUpAndEnroll() {
        browser.get(url("/signup"));
        browser.findElement(By.id("email")).sendKeys("offline-" + System.nanoTime() + "@example.com");
        browser.findElement(By.id("displayName")).sendKeys("Ola Offline");
        browser.findElement(By.id("password")).sendKeys("a long and memorable passphrase");
        MockTestSteps.press(browser, wait, "Sign up");
        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection"));
        MockTestSteps.press(browser, wait, "Enroll for free");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));
    }

    /** Chromium's own network emulation: every request of the page fails as with no connection at all. */
    private void offline(boolean offline) {
        var chromium = (ChromeDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
