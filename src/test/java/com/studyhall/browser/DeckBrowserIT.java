package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deck around the review queue in Chromium: grade by keyboard, undo, bury, the daily limits,
 * the statistics and the daily goal; each page passes axe-core at 1280 and 360 px.
 */
class DeckBrowserIT extends BrowserJourney {

    @Test
    void learnerReviewsUndoesBuriesSetsLimitsAndReadsTheirStatistics() throws Exception {
        String email = "deck-" + UUID.randomUUID() + "@example.com";
        browser.get(url("/signup"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys("Anki fan");
        browser.findElement(By.id("password")).sendKeys("spaced repetition every day", Keys.ENTER);
        // Signing up signs the learner in.
        wait.until(ExpectedConditions.urlContains("/my"));
        browser.get(url("/courses/python-memory-management"));
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));

        browser.get(url("/review"));
        for (int card = 0; card < 3; card++) {
            WebElement front = browser.findElement(By.id("card-front"));
            new Actions(browser).sendKeys(" ").perform();
            new Actions(browser).sendKeys("3").perform();
            wait.until(ExpectedConditions.stalenessOf(front));
        }
        String third = browser.findElement(By.id("card-front")).getText();
        browser.findElement(By.xpath("//button[normalize-space()='Undo last grade']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Took back your last grade"));
        BothWidths.passAxe(browser, "deck-review");
        String shown = browser.findElement(By.id("card-front")).getText();
        browser.findElement(By.xpath("//button[normalize-space()='Bury until tomorrow']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "buried until tomorrow"));
        assertThat(browser.findElement(By.id("card-front")).getText()).isNotEqualTo(shown);
        assertThat(third).isNotBlank();

        browser.get(url("/review/settings"));
        WebElement fresh = browser.findElement(By.cssSelector("input[name=newPerDay]"));
        fresh.clear();
        fresh.sendKeys("5", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Daily limits saved."));
        assertThat(browser.findElement(By.cssSelector("input[name=newPerDay]")).getDomProperty("value")).isEqualTo("5");
        BothWidths.passAxe(browser, "deck-settings");

        browser.get(url("/review/stats"));
        assertThat(browser.findElement(By.id("chart-calendar")).getText()).contains("2 reviews on 1 day");
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).hasSize(5);
        BothWidths.passAxe(browser, "deck-stats");

        browser.get(url("/courses/python-memory-management/cards"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cards of Python Memory Management");
        BothWidths.passAxe(browser, "deck-card-browser");

        browser.get(url("/my"));
        WebElement goal = browser.findElement(By.id("goal-reviews"));
        goal.clear();
        goal.sendKeys("2", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".goal-panel"), "goal reached"));
        assertThat(browser.findElement(By.cssSelector(".goal-panel")).getText()).contains("Streak: 1 day");
        BothWidths.passAxe(browser, "deck-my");
    }
}
