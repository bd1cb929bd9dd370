package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers. The instructor deletes a section the learner studies: the learner's "My learning"
 * says it is no longer available, the trash names who deleted it, and a restore brings it back.
 * Then the instructor edits a flashcard, reads the word-level diff on its history page and
 * restores the earlier version, which becomes a new change.
 */
class TrashAndHistoryBrowserIT extends BrowserJourney {

    static final String COURSE = "trash-journey";
    static final String STUDIO = "/studio/courses/" + COURSE;


    @Test
    void aDeletedSectionComesBackFromTheTrashAndAnEarlierVersionComesBackFromTheHistory() throws Exception {
        logIn(browser, wait, "instructor@example.com", "instructor-pass-2026");
        browser.get(url("/studio/courses/new"));
        fill(browser, "title", "Trash journey");
        fill(browser, "slug", COURSE);
        fill(browser, "category", "Technology");
        fill(browser, "tagline", "Nothing lost.");
        fill(browser, "description", "Deleting and restoring.");
        submit(browser, "Create draft course");
        browser.get(url(STUDIO + "/sections/new"));
        fill(browser, "title", "References");
        fill(browser, "slug", "refs");
        fill(browser, "overview", "Counting references.");
        submit(browser, "Add draft section");
        browser.get(url(STUDIO + "/sections/refs/flashcards/new"));
        fill(browser, "front", "A reference count");
        fill(browser, "back", "How many names point at an object.");
        submit(browser, "Add");
        browser.get(url(STUDIO + "/sections/refs"));
        submit(browser, "Publish section");
        assertThat(browser.findElement(By.cssSelector(".studio-head")).getText()).contains("References", "Published");
        browser.get(url(STUDIO));
        submit(browser, "Publish course");
        assertThat(browser.findElement(By.cssSelector(".studio-head")).getText()).contains("Published");

        WebDriver learner = secondBrowser();
        var learnerWait = Browser.patientWait(learner, 10);
        logIn(learner, learnerWait, "learner@example.com", "learner-pass-2026");
        learner.get(url("/courses/" + COURSE));
        submit(learner, "Enroll for free");
        learner.get(url("/courses/" + COURSE + "/refs"));
        assertThat(main(learner)).contains("References");
        learner.get(url("/my"));
        assertThat(learner.findElements(By.cssSelector(".section-progress a[href='/courses/" + COURSE + "/refs']"))).hasSize(1);

        browser.get(url(STUDIO + "/sections/refs"));
        clickAndConfirm(browser, By.xpath("//button[normalize-space()='Delete section']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Moved the section to the trash"));

        learner.get(url("/my"));
        assertThat(main(learner)).contains("Trash journey");
        assertThat(learner.findElements(By.cssSelector(".section-progress a[href='/courses/" + COURSE + "/refs']"))).isEmpty();

        browser.get(url(STUDIO + "/trash"));
        assertThat(main(browser)).contains("Section", "References", "Ines Instructor", "30");
        Browser.screenshot(browser, "trash");
        submit(browser, "Restore");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Restored section “References”"));
        assertThat(main(browser)).contains("The trash is empty.");

        learner.get(url("/my"));
        assertThat(learner.findElements(By.cssSelector(".section-progress a[href='/courses/" + COURSE + "/refs']"))).hasSize(1);
        learner.get(url("/courses/" + COURSE + "/refs"));
        assertThat(main(learner)).contains("References");

        browser.get(url(STUDIO + "/sections/refs"));
        click(browser, browser.findElement(By.xpath("//a[normalize-space()='A reference count']")));
        WebElement front = browser.findElement(By.id("front"));
        front.clear();
        front.sendKeys("A reference count of zero frees the object");
        submit(browser, "Save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved the flashcard"));

        browser.get(url(STUDIO + "/sections/refs"));
        click(browser, browser.findElement(By.xpath("//a[starts-with(normalize-space(), 'A reference count of zero')]")));
        click(browser, browser.findElement(By.linkText("History of this item")));
        WebElement inserted = browser.findElement(By.cssSelector(".history-diff ins"));
        assertThat(inserted.getText().strip()).isEqualTo("of zero frees the object");
        assertThat(browser.findElement(By.cssSelector(".history-diff dd")).getText())
                .isEqualTo("A reference count of zero frees the object");
        Browser.screenshot(browser, "history-diff");

        click(browser, browser.findElement(By.linkText("Restore this version")));
        assertThat(main(browser)).contains("This form holds an earlier version from the history");
        assertThat(browser.findElement(By.id("front")).getAttribute("value")).isEqualTo("A reference count");
        submit(browser, "Save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved the flashcard"));
        assertThat(main(browser)).contains("A reference count").doesNotContain("of zero");

        click(browser, browser.findElement(By.xpath("//a[normalize-space()='A reference count']")));
        click(browser, browser.findElement(By.linkText("History of this item")));
        assertThat(main(browser)).contains("Restored an earlier version of flashcard");
        assertThat(browser.findElement(By.cssSelector(".history-diff del")).getText().strip()).isEqualTo("of zero frees the object");
    }

    @Test
    void aFileOverTheLimitIsStoppedBeforeSendingWithTheRestOfTheFormKept() throws Exception {
        Path big = Files.createTempFile("too-large-bundle", ".json");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(105L * 1024 * 1024);
        }
        try {
            logIn(browser, wait, "instructor@example.com", "instructor-pass-2026");
            browser.get(url("/studio"));
            fill(browser, "newSlug", "kept-slug");
            browser.findElement(By.id("bundle")).sendKeys(big.toString());
            click(browser, browser.findElement(By.xpath("//button[normalize-space()='Import']")));
            WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".file-too-large")));
            assertThat(message.getText()).contains("105.0 MB", "at most 100 MB", "the rest of the form is kept");
            assertThat(browser.findElement(By.id("newSlug")).getAttribute("value")).isEqualTo("kept-slug");
            assertThat(browser.getCurrentUrl()).endsWith("/studio");

        } finally {
            Files.deleteIfExists(big);
        }
    }

    private static void fill(WebDriver in, String id, String text) {
        WebElement field = in.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses the button and waits for the page it leads to. */
    private static void submit(WebDriver in, String label) {
        WebElement button = in.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
        click(in, button);
        Browser.waitUntilGone(in, button);
    }

    /** The studio asks before deleting (window.confirm); accept it as the user would. */
    private static void clickAndConfirm(WebDriver in, By what) {
        WebElement button = in.findElement(what);
        click(in, button);
        Browser.patientWait(in, 5).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitUntilGone(in, button);
    }

    private void logIn(WebDriver in, WebDriverWait until, String email, String password) {
        in.get(url("/login"));
        in.findElement(By.id("username")).sendKeys(email);
        in.findElement(By.id("password")).sendKeys(password);
        in.findElement(By.cssSelector("form.form button[type=submit]")).click();
        until.until(ExpectedConditions.urlContains("/my"));
    }

    private static void click(WebDriver in, WebElement element) {
        ((JavascriptExecutor) in).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static String main(WebDriver in) {
        return in.findElement(By.tagName("main")).getText();
    }
}
