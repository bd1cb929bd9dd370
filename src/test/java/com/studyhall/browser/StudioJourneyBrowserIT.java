package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an instructor writes a course with a section, a flashcard and a question
 * (watching the Markdown preview), publishes it; a new learner finds it, enrolls and studies it.
 */
class StudioJourneyBrowserIT extends BrowserJourney {

    @Test
    void instructorPublishesACourseThatALearnerFindsEnrollsInAndStudies() throws Exception {
        logIn("instructor@example.com", "instructor-pass-2026");
        browser.get(url("/studio"));
        browser.findElement(By.linkText("New course")).click();
        type("title", "Sourdough Science");
        type("slug", "sourdough-science");
        type("category", "Cooking");
        new Select(browser.findElement(By.id("level"))).selectByValue("BEGINNER");
        type("tagline", "Why wild yeast rises.");
        type("description", "What **fermentation** does to flour.");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#description-preview strong")));
        submit();
        wait.until(ExpectedConditions.urlContains("/studio/courses/sourdough-science"));

        browser.findElement(By.linkText("Add a section")).click();
        type("title", "Starters");
        type("slug", "starters");
        type("overview", "Feeding a starter.");
        submit();
        wait.until(ExpectedConditions.urlContains("/sections/starters"));

        browser.findElement(By.linkText("Add a flashcard")).click();
        type("front", "What feeds a *starter*?");
        type("back", "Flour and water.");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#front-preview em")))
                .getText()).isEqualTo("starter");
        Browser.screenshot(browser, "studio-flashcard-preview");
        submit();
        wait.until(ExpectedConditions.urlContains("/sections/starters"));

        browser.findElement(By.linkText("Add a question")).click();
        new Select(browser.findElement(By.id("type"))).selectByValue("TRUE_FALSE");
        assertThat(browser.findElement(By.id("option-text-0")).isDisplayed()).isFalse();
        type("prompt", "A starter needs commercial yeast.");
        browser.findElement(By.cssSelector("input[name=answer][value=false]")).click();
        type("explanation", "Wild yeast lives in flour.");
        submit();
        wait.until(ExpectedConditions.urlContains("/sections/starters"));
        assertThat(main()).contains("What feeds a *starter*?", "True or false: A starter needs commercial yeast.");

        browser.get(browser.findElement(By.linkText("Set up the mock test")).getAttribute("href"));
        type("questionsPerAttempt", "1");
        submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Test settings saved."));

        press("Publish section");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Section published."));
        Browser.pageWidth(browser, 360, 900);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .as("the studio section page without sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "studio-section-360");
        Browser.windowWidth(browser);
        browser.findElement(By.linkText("Course")).click();
        press("Publish course");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Course published"));
        Browser.screenshot(browser, "studio-course");
        browser.findElement(By.xpath("//button[normalize-space()='Log out']")).click();
        // Navigating on before the logout's redirect arrives would cancel it and keep the session.
        wait.until(ExpectedConditions.urlContains("loggedOut"));

        browser.get(url("/signup"));
        type("email", "baker@example.com");
        type("displayName", "Baker");
        type("password", "flour water salt and time");
        submit();
        // Signing up signs the new learner in: no second trip through the login form.
        wait.until(ExpectedConditions.urlContains("/my"));

        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("sourdough");
        browser.findElement(By.cssSelector("form.search button")).click();
        wait.until(ExpectedConditions.urlContains("q=sourdough"));
        Browser.screenshot(browser, "studio-learner-search");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sourdough Science"))).click();
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));
        browser.findElement(By.linkText("Starters")).click();
        assertThat(browser.findElement(By.id("flashcards")).getText()).contains("What feeds a starter?");
        assertThat(browser.findElements(By.id("mock-test"))).hasSize(1);
        Browser.screenshot(browser, "studio-learner-section");
    }

    /** Clicks a button by its text, scrolled to the middle so the sticky header cannot cover it. */
    private void press(String text) {
        var button = browser.findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void logIn(String email, String password) {
        browser.get(url("/login"));
        type("username", email);
        type("password", password);
        submit();
        wait.until(ExpectedConditions.urlContains("/my"));
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Submits the page's form and waits for the next page: several studio pages already match the
     * URL the next step waits for, so waiting on the URL alone could read the old page.
     */
    private void submit() {
        var button = browser.findElement(By.cssSelector("main form.form button[type=submit]"));
        button.click();
        Browser.waitUntilGone(browser, button);
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
