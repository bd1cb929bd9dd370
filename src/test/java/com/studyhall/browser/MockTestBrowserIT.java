package com.studyhall.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo learner takes a mock test in a real browser, on a desktop and on a 360 px phone, and reviews it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MockTestBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void learnerTakesTheTestWithAutosaveAndReviewsIt() throws Exception {
        browser = Browser.start(1280, 1000);
        var wait = Browser.patientWait(browser, 10);
        logIn("learner@example.com", "learner-pass-2026", wait);

        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection"));
        browser.findElement(By.linkText("Start the mock test")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Reference Counting");
        Browser.screenshot(browser, "mock-test-start");
        browser.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();

        wait.until(ExpectedConditions.urlContains("/attempts/"));
        WebElement timer = browser.findElement(By.cssSelector("[data-countdown-value]"));
        assertThat(timer.getText()).matches("(19|20):\\d\\d");
        assertThat(browser.findElement(By.cssSelector("[data-countdown-announcer]")).getAttribute("aria-live"))
                .isEqualTo("assertive");
        List<WebElement> cards = browser.findElements(By.cssSelector(".question-card"));
        assertThat(cards).hasSize(10);
        for (WebElement card : cards) {
            answer(card);
        }
        Thread.sleep(1500); // the last typed answer saves after a short pause
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-save-status]"), "Saved at"));
        assertThat(browser.findElement(By.cssSelector("[data-answered-count]")).getText()).isEqualTo("10");
        Browser.screenshot(browser, "mock-test-attempt");

        // Autosaved: a reload shows the answers again before anything is submitted.
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("[data-answered-count]")).getText()).isEqualTo("10");

        submitForGrading(wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Attempt 1 review"));
        String review = browser.findElement(By.tagName("main")).getText();
        assertThat(review).containsAnyOf("Passed", "Not passed").contains("Points").contains("Why");
        Browser.screenshot(browser, "mock-test-review");

        browser.findElement(By.linkText("All attempts")).click();
        assertThat(browser.findElement(By.cssSelector("table.history")).getText()).contains("Submitted");
    }

    @Test
    void theAttemptPageWorksOnANarrowPhone() throws Exception {
        browser = Browser.start(1280, 1000);
        // Headless Chromium keeps windows at least 500 px wide; emulate the phone's viewport instead.
        Browser.pageWidth(browser, 360, 780);
        var wait = Browser.patientWait(browser, 10);
        logIn("instructor@example.com", "instructor-pass-2026", wait); // an editor, without the admin's second factor
        browser.get(url("/courses/typography-for-interfaces/choosing-and-pairing-typefaces/test"));
        Browser.screenshot(browser, "mock-test-start-360");
        browser.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        wait.until(ExpectedConditions.urlContains("/attempts/"));
        long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        assertThat(browser.findElement(By.cssSelector("[data-countdown-value]")).isDisplayed()).isTrue();
        answer(browser.findElements(By.cssSelector(".question-card")).get(0));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-save-status]"), "Saved at"));
        Browser.screenshot(browser, "mock-test-attempt-360");
        submitForGrading(wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "review"));
        Browser.screenshot(browser, "mock-test-review-360");
    }

    private void submitForGrading(WebDriverWait wait) {
        MockTestSteps.submitForGrading(browser, wait);
    }

    private void answer(WebElement card) {
        List<WebElement> choices = card.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!choices.isEmpty()) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", choices.get(0));
            choices.get(0).click();
            return;
        }
        WebElement text = card.findElement(By.cssSelector("input[type=text], textarea"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", text);
        text.sendKeys("6");
    }

    private void logIn(String email, String password, WebDriverWait wait) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/my"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
