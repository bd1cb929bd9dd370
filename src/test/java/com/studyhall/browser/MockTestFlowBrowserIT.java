package com.studyhall.browser;

import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mock test as a learner on a desktop and on a true 360 px phone takes it (issue 19): the question
 * navigator and "flag for later" by keyboard, resuming at the last question, the summary before
 * submitting; and autosave that never loses the last keystroke to a reload or a quick submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MockTestFlowBrowserIT {

    private static final String COURSE = "python-memory-management";
    private static final String TEST = "/courses/" + COURSE + "/reference-counting-and-garbage-collection/test";
    private static final String PASSWORD = "a long browser test passphrase";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseRepository courses;
    @Autowired
    EnrollmentService enrollments;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void navigatorFlagResumeAndSummaryWorkByKeyboardOnADesktop() throws Exception {
        navigatorFlagResumeAndSummaryByKeyboard(1280, "1280");
    }

    @Test
    void navigatorFlagResumeAndSummaryWorkByKeyboardOnA360PxPhone() throws Exception {
        navigatorFlagResumeAndSummaryByKeyboard(360, "360");
    }

    private void navigatorFlagResumeAndSummaryByKeyboard(int width, String suffix) throws Exception {
        startAttemptAsNewLearner(width);
        List<WebElement> links = browser.findElements(By.cssSelector("[data-question-nav] a"));
        int questions = browser.findElements(By.cssSelector(".question-card")).size();
        assertThat(links).hasSize(questions);
        assertThat(links.get(0).getAttribute("aria-current")).isEqualTo("location");
        assertThat(accessibleText(links.get(1))).isEqualTo("2, not answered");

        // The navigator by keyboard: Enter on question 3's link moves focus to question 3.
        links.get(2).sendKeys(Keys.ENTER);
        wait.until(d -> "question-3".equals(activeId()));
        assertThat(navLink(3).getAttribute("aria-current")).isEqualTo("location");
        assertThat(navLink(1).getAttribute("aria-current")).isNull();

        // Tab reaches the question's "Flag for later"; Enter flags it in place and focus stays on the button.
        active().sendKeys(Keys.TAB);
        WebElement flag = active();
        assertThat(label(flag)).isEqualTo("Flag for later");
        flag.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-save-status]"),
                "Question 3 flagged for later."));
        assertThat(label(flag)).isEqualTo("Remove flag");
        assertThat(active()).isEqualTo(flag);
        assertThat(accessibleText(navLink(3))).isEqualTo("3, not answered, flagged");
        assertThat(navLink(3).findElement(By.cssSelector("[data-nav-mark]")).getText()).isEqualTo("–⚑");

        // Question 2 answered: the navigator says so, and the answer's save remembers question 2 as the place.
        navLink(2).sendKeys(Keys.ENTER);
        wait.until(d -> "question-2".equals(activeId()));
        answer(browser.findElement(By.id("question-2")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-save-status]"), "Saved at"));
        assertThat(accessibleText(navLink(2))).isEqualTo("2, answered");
        DocScreenshots.shoot(browser, "mock-test-navigator-" + suffix);
        Axe.assertNoSeriousViolations(browser, "attempt with navigator at " + suffix + " px");
        assertNoSidewaysScrolling(width);

        // Reopening the attempt (no anchor in the address) resumes at question 2, with the flag kept by the server.
        String attempt = browser.getCurrentUrl().replaceAll("#.*$", "");
        browser.get(url("/my"));
        browser.get(attempt);
        wait.until(d -> "question-2".equals(activeId()));
        assertThat(navLink(2).getAttribute("aria-current")).isEqualTo("location");
        assertThat(accessibleText(navLink(3))).isEqualTo("3, not answered, flagged");
        assertThat(label(browser.findElement(By.cssSelector("#question-3 [data-flag-button]")))).isEqualTo("Remove flag");
        Number top = (Number) js("return document.getElementById('question-2').getBoundingClientRect().top");
        assertThat(top.doubleValue()).as("question 2 scrolled into view").isBetween(-5.0, 400.0);

        // Review and submit, by keyboard: the summary lists what is not answered and what is flagged.
        button("Review and submit").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Summary of attempt"));
        String summary = browser.findElement(By.tagName("main")).getText();
        assertThat(summary).contains("1 of " + questions + " answered · 1 flagged")
                .contains("Not answered (" + (questions - 1) + ")").contains("Flagged for later (1)");
        DocScreenshots.shoot(browser, "mock-test-summary-" + suffix);
        Axe.assertNoSeriousViolations(browser, "summary at " + suffix + " px");
        assertNoSidewaysScrolling(width);

        // Its link goes back to the flagged question...
        browser.findElement(By.xpath("//section[.//h2[starts-with(., 'Flagged')]]//a[normalize-space()='Question 3']"))
                .sendKeys(Keys.ENTER);
        wait.until(d -> "question-3".equals(activeId()));
        // ...and from there on to the final submit.
        button("Review and submit").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Summary of attempt"));
        WebElement submit = button("Submit for grading");
        submit.sendKeys(Keys.ENTER);
        Browser.waitUntilGone(browser, submit);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "review"));
    }

    @Test
    void aReloadRightAfterTypingShowsWhatWasTypedAndTheServerKeepsIt() throws Exception {
        startAttemptAsNewLearner(1280);
        WebElement field = firstTextField();
        String typed = "typed just before the reload " + UUID.randomUUID().toString().substring(0, 6);
        field.sendKeys(typed);
        browser.navigate().refresh(); // at once: the 400 ms autosave pause has not passed
        wait.until(d -> typed.equals(firstTextField().getDomProperty("value")));

        // The server holds it too: the page as the server renders it (no script restoring anything).
        wait.until(d -> String.valueOf(js("""
                const xhr = new XMLHttpRequest(); xhr.open('GET', location.pathname, false); xhr.send();
                return xhr.responseText;""")).contains(typed));
        DocScreenshots.shoot(browser, "mock-test-after-reload-1280");
    }

    @Test
    void aSubmitRightAfterTypingGradesWhatIsOnTheScreen() throws Exception {
        startAttemptAsNewLearner(1280);
        WebElement field = firstTextField();
        field.sendKeys("an early answer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-save-status]"), "Saved at"));
        String last = "the last keystrokes " + UUID.randomUUID().toString().substring(0, 6);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), last);
        MockTestSteps.submitForGrading(browser, wait); // no pause: the autosave has not gone yet
        MockTestSteps.heading(browser, "review");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(last).doesNotContain("an early answer");
    }

    private void startAttemptAsNewLearner(int width) {
        String email = "flow-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var account = accounts.create(new NewAccount(email, "Flo Learner", PASSWORD), Set.of(Role.LEARNER));
        enrollments.enroll(account.getId(), courses.findBySlug(COURSE).orElseThrow().getId());
        browser = Browser.start(Math.max(width, 1280), 1000);
        wait = Browser.patientWait(browser, 15);
        if (width < 500) {
            Browser.pageWidth(browser, width, 780);
        }
        FormSteps.logIn(browser, wait, url("/login"), email, PASSWORD);
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(width);
        browser.get(url(TEST));
        browser.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        wait.until(ExpectedConditions.urlContains("/attempts/"));
    }

    private WebElement firstTextField() {
        return browser.findElement(By.cssSelector(".question-card input[type=text], .question-card textarea"));
    }

    private void answer(WebElement card) {
        List<WebElement> choices = card.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!choices.isEmpty()) {
            FormSteps.click(browser, choices.get(0));
            return;
        }
        card.findElement(By.cssSelector("input[type=text], textarea, select")).sendKeys("6");
    }

    /** A flag button's visible words (its accessible name adds the question's number). */
    private static String label(WebElement flagButton) {
        return flagButton.findElement(By.cssSelector("[data-flag-label]")).getText();
    }

    private WebElement navLink(int position) {
        return browser.findElement(By.cssSelector("[data-nav-position='" + position + "']"));
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    /** The link's text as a screen reader gets it: the number and the state in words, without the marks. */
    private String accessibleText(WebElement link) {
        return String.valueOf(js("""
                return [...arguments[0].childNodes].filter(n => !(n.getAttribute && n.getAttribute('aria-hidden')))
                  .map(n => n.textContent.trim()).filter(Boolean).join('')""", link));
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private String activeId() {
        return String.valueOf(js("return document.activeElement && document.activeElement.id"));
    }

    private void assertNoSidewaysScrolling(int width) {
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(width);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
