package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/** A new visitor, in a real browser: finds the course, signs up (and is signed in), enrolls and studies. */
class SignupAndEnrollBrowserIT extends BrowserJourney {

    @Test
    void visitorSignsUpFromASectionEnrollsAndSeesTheWholeSection() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("memory");
        browser.findElement(By.cssSelector("form.search button")).click();
        // The home page links the featured course by the same name: wait for the results page first.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result")));
        browser.findElement(By.linkText("Python Memory Management")).click();

        browser.findElement(By.linkText("Reference Counting and When Objects Die")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Enroll to open this section");
        assertThat(browser.findElements(By.id("audio-lessons"))).isEmpty();
        Browser.screenshot(browser, "section-locked");

        browser.findElement(By.linkText("Sign up and enroll for free")).click();
        browser.findElement(By.id("email")).sendKeys("grace@example.com");
        browser.findElement(By.id("displayName")).sendKeys("Grace");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        // Wait for the answer page: on a busy machine the click can return before it has loaded.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-errors")));
        assertThat(browser.findElement(By.id("password-errors")).getText()).contains("at least 12 characters");

        browser.findElement(By.id("password")).sendKeys("a long and memorable passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        // Signed up and signed in at once, back on the section the visitor came from, one click from enrolling.
        // The address itself, not a pattern: the sign-up page's address may end in next=<this section>.
        wait.until(ExpectedConditions.urlToBe(url("/courses/python-memory-management/reference-counting-and-garbage-collection")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Welcome to Studyhall, Grace");
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));

        browser.findElement(By.linkText("Reference Counting and When Objects Die")).click();
        for (String format : new String[] {"audio-lessons", "summary", "audiobook", "key-concepts", "examples",
                "memory-aids", "flashcards", "glossary", "mock-test"}) {
            assertThat(browser.findElements(By.id(format))).as(format).hasSize(1);
        }
        browser.findElement(By.cssSelector("[data-level='detailed']")).click();
        assertThat(browser.findElement(By.cssSelector("[data-summary-level='detailed']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-summary-level='basic']")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "section-open");

        browser.get(url("/my"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Python Memory Management");
    }
}
