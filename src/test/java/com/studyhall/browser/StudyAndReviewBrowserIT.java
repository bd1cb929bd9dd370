package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a real browser studies a section, reviews five cards with the keyboard only and
 * sees the progress on "My learning" change; the section page and My learning pass axe-core.
 */
class StudyAndReviewBrowserIT extends BrowserJourney {

    static final String SECTION = "/courses/python-memory-management/reference-counting-and-garbage-collection";
    static final String PASSWORD = "a long and memorable passphrase";

    @Test
    void learnerStudiesASectionReviewsFiveCardsByKeyboardAndSeesProgress() throws Exception {
        signUpFromTheCourseAndEnroll("ada@example.com");

        browser.get(url(SECTION));
        Axe.assertNoSeriousViolations(browser, "section page");
        assertThat(browser.findElement(By.cssSelector("[data-read-aloud]")).isDisplayed()).isTrue();
        browser.findElement(By.xpath("(//button[normalize-space()='Mark as done'])[1]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".progress-facts"),
                "1 of 3 lesson parts done"));

        browser.findElement(By.cssSelector("[data-level='detailed']")).click();
        assertThat(browser.findElement(By.cssSelector("[data-summary-level='detailed']")).isDisplayed()).isTrue();
        wait.until(d -> { // the choice is saved on the server: it survives a reload
            d.navigate().refresh();
            return d.findElement(By.cssSelector("[data-summary-level='detailed']")).isDisplayed();
        });
        assertThat(browser.findElement(By.cssSelector("[data-summary-level='medium']")).isDisplayed()).isFalse();

        WebElement filter = browser.findElement(By.id("glossary-q"));
        filter.sendKeys("cycle");
        long shown = browser.findElements(By.cssSelector("#glossary-list > div")).stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isPositive().isLessThan(browser.findElements(By.cssSelector("#glossary-list > div")).size());
        Browser.screenshot(browser, "study-section");

        browser.get(url("/my"));
        String before = browser.findElement(By.cssSelector(".my-course .meter-label")).getText();
        Axe.assertNoSeriousViolations(browser, "my learning");

        browser.get(url("/review"));
        Axe.assertNoSeriousViolations(browser, "review");
        for (int card = 0; card < 5; card++) {
            WebElement front = browser.findElement(By.id("card-front"));
            assertThat(browser.findElement(By.cssSelector("[data-back]")).isDisplayed()).isFalse();
            new Actions(browser).sendKeys(" ").perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-back]")));
            if (card == 0) {
                assertThat(browser.findElement(By.cssSelector(".grade-easy .grade-interval")).getText()).isEqualTo("8d");
                Browser.screenshot(browser, "review-card");
            }
            new Actions(browser).sendKeys(card % 2 == 0 ? "4" : "3").perform();
            wait.until(ExpectedConditions.stalenessOf(front));
        }
        assertThat(browser.findElement(By.cssSelector(".review-counts")).getText()).contains("15 new today");

        browser.get(url("/my"));
        String after = browser.findElement(By.cssSelector(".my-course .meter-label")).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.findElement(By.cssSelector(".section-progress tbody tr td:nth-child(3)")).getText())
                .startsWith("3 / ");
        Browser.screenshot(browser, "my-learning");
    }

    /** From the course page, as a visitor would: sign up, come back signed in, enroll. */
    private void signUpFromTheCourseAndEnroll(String email) {
        browser.get(url("/courses/python-memory-management"));
        browser.findElement(By.linkText("Enroll for free")).click();
        wait.until(ExpectedConditions.urlContains("/signup"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys("Ada");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/courses/python-memory-management$"));
        // The address changes when the navigation commits; the notice is there once the page is.
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText())
                .contains("you are signed in").contains("Enroll below");
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));
    }
}
