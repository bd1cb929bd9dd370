package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page as a visitor sees it at 1280 px and on a 360 px phone: the featured course, the
 * course grid filtered through the GET form, and the lab preview stepped by keyboard.
 */
class StorefrontBrowserIT extends BrowserJourney {

    /** Steps in the recorded run of the two-object cycle (static/lab-preview/two-object-cycle.json). */
    static final int STEPS = 44;

    @Test
    void atDesktopWidthAVisitorFiltersTheCatalogAndStepsThroughTheCycleBeingCollected() throws Exception {
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("featured-title")).getText()).isEqualTo("Python Memory Management");
        assertThat(browser.findElement(By.cssSelector(".featured-numbers")).getText())
                .contains("Sections", "Lesson parts", "Flashcards", "Questions", "Time").containsPattern("about [0-9.]+ hours?");
        // The grid uses the width: the three demo courses share the first row.
        assertThat(firstRowCards()).isGreaterThanOrEqualTo(3);
        waitForPlayer();
        assertThat(counter()).isEqualTo("Step 1 of " + STEPS);
        BothWidths.passAxe(browser, "storefront-home");

        // Keyboard: focus "Next step" as Tab would and press Enter and Space.
        WebElement next = control("next");
        focus(next);
        new Actions(browser).sendKeys(Keys.ENTER).sendKeys(Keys.SPACE).perform();
        assertThat(counter()).isEqualTo("Step 3 of " + STEPS);
        assertThat(stepText()).contains("Call Node.__init__()", "Node #15 is created");
        for (int i = 3; i < 14; i++) {
            next.sendKeys(Keys.ENTER);
        }
        // After b.other = a: the two nodes point at each other, and a and b at them from the frame.
        assertThat(counter()).isEqualTo("Step 14 of " + STEPS);
        assertThat(stepText()).contains("Line 11", "refcount of Node #15 rises from 1 to 2");
        assertThat(arrowsBetween(15, 18)).isEqualTo(2);
        int arrowsWithTheCycle = arrows();
        Browser.screenshot(browser, "storefront-preview-cycle-1280");

        for (int i = 14; i < 25; i++) {
            next.sendKeys(Keys.ENTER);
        }
        assertThat(counter()).isEqualTo("Step 25 of " + STEPS);
        assertThat(stepText()).contains("Garbage collector: done", "refcount of object #18 drops to 0, so it is freed");
        assertThat(freedObjects()).containsExactlyInAnyOrder("15", "18");
        assertThat(arrows()).isLessThan(arrowsWithTheCycle);
        Browser.screenshot(browser, "storefront-preview-collected-1280");

        // Play and Pause work from the keyboard too; the last step leaves Next disabled.
        WebElement play = control("play");
        focus(play);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(play.getText()).isEqualTo("Pause");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(play.getText()).isEqualTo("Play");
        while (next.isEnabled()) {
            next.sendKeys(Keys.ENTER);
        }
        assertThat(counter()).isEqualTo("Step " + STEPS + " of " + STEPS);
        assertThat(freedObjects()).isNotEmpty();
        assertThat(stepText()).contains("so it is freed");

        // Filter by level with the GET form: the choice is in the URL and the flagship is not listed.
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("Beginner");
        browser.findElement(By.cssSelector(".catalog-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("level=beginner"));
        assertThat(cardTitles()).contains("Typography for Interfaces", "Negotiation Fundamentals")
                .doesNotContain("Python Memory Management");
        // Advanced business courses: none in the demo, and none that other journeys publish (they make
        // beginner courses), so the empty state shows whatever else the shared application holds.
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Business");
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("Advanced");
        browser.findElement(By.cssSelector(".catalog-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("category=business"));
        assertThat(cardTitles()).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".catalog-empty")).getText()).contains("No course matches these filters");
        Browser.screenshot(browser, "storefront-empty-1280");
        browser.findElement(By.linkText("clear the filters")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(cardTitles()).contains("Python Memory Management");
    }

    @Test
    void onA360PixelPhoneTheGridIsOneColumnThePreviewStepsAndNothingScrollsSideways() throws Exception {
        // A phone that asks for less motion: the preview must not start by itself.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        Browser.pageWidth(browser, 360, 780);
        browser.get(url("/?sort=newest"));
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(360);
        waitForPlayer();
        Thread.sleep(1500);
        assertThat(counter()).isEqualTo("Step 1 of " + STEPS);

        List<WebElement> cards = browser.findElements(By.cssSelector(".course-grid > li"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cards.stream().map(c -> c.getRect().getX()).distinct()).as("one column").hasSize(1);
        assertThat(scrollWidth()).isLessThanOrEqualTo(360);

        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Design");
        browser.findElement(By.cssSelector(".catalog-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("category=design"));
        assertThat(browser.getCurrentUrl()).contains("sort=newest");
        assertThat(cardTitles()).containsExactly("Typography for Interfaces");

        waitForPlayer();
        WebElement next = control("next");
        focus(next);
        for (int i = 1; i < 25; i++) {
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        assertThat(counter()).isEqualTo("Step 25 of " + STEPS);
        assertThat(freedObjects()).containsExactlyInAnyOrder("15", "18");
        assertThat(scrollWidth()).isLessThanOrEqualTo(360);
        WebElement preview = browser.findElement(By.cssSelector(".lab-preview"));
        js("arguments[0].scrollIntoView()", preview);
        Browser.screenshot(browser, "storefront-preview-360");
        Axe.assertNoSeriousViolations(browser, "home page filtered, at 360 px");
    }

    @Test
    void theFlagshipCoursePageCarriesThePreviewAndItsSignUpLeadsBackToTheLab() throws Exception {
        browser.get(url("/courses/python-memory-management"));
        waitForPlayer();
        control("next").click();
        assertThat(counter()).isEqualTo("Step 2 of " + STEPS);
        BothWidths.passAxe(browser, "storefront-course-preview");
        assertThat(browser.findElement(By.partialLinkText("Run your own program")).getAttribute("href"))
                .endsWith("/signup?next=/lab");
    }

    private void waitForPlayer() {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".lab-preview"), "data-ready", "true"));
    }

    private WebElement control(String name) {
        return browser.findElement(By.cssSelector(".lab-preview [data-preview='" + name + "']"));
    }

    private void focus(WebElement element) {
        js("arguments[0].focus()", element);
        assertThat(browser.switchTo().activeElement()).isEqualTo(element);
    }

    private String counter() {
        return browser.findElement(By.cssSelector(".lab-preview-counter")).getText();
    }

    private String stepText() {
        return browser.findElement(By.cssSelector(".lab-preview-now")).getText();
    }

    /** Arrows the diagram shows now (hidden ones are kept in the SVG for later steps). */
    private int arrows() {
        return browser.findElements(By.cssSelector(".lab-preview-svg g.edge")).stream()
                .filter(WebElement::isDisplayed).toList().size();
    }

    private int arrowsBetween(int a, int b) {
        return browser.findElements(By.cssSelector(".lab-preview-svg g.edge[data-from='" + a + "'][data-to='" + b + "'],"
                        + ".lab-preview-svg g.edge[data-from='" + b + "'][data-to='" + a + "']")).stream()
                .filter(WebElement::isDisplayed).toList().size();
    }

    private List<String> freedObjects() {
        return browser.findElements(By.cssSelector(".lab-preview-svg g.obj[data-freed='true']")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-object-id")).toList();
    }

    private List<String> cardTitles() {
        return browser.findElements(By.cssSelector(".course-grid h3")).stream().map(WebElement::getText).toList();
    }

    private long firstRowCards() {
        List<WebElement> cards = browser.findElements(By.cssSelector(".course-grid > li"));
        int top = cards.get(0).getRect().getY();
        return cards.stream().filter(c -> c.getRect().getY() == top).count();
    }

    private long scrollWidth() {
        return (Long) js("return document.documentElement.scrollWidth");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
