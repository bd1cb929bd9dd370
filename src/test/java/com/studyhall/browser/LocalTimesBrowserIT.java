package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times are shown in the viewer's time zone with the zone named: a browser in Berlin sees the deadline
 * of its mock test, and the start time in the attempt history, in Central European Time; the page as the
 * server wrote it says UTC.
 */
class LocalTimesBrowserIT extends BrowserJourney {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aBrowserInBerlinSeesTheDeadlineAndTheHistoryInBerlinTimeWithTheZoneNamed() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
        browser.get(url("/signup"));
        browser.findElement(By.id("email")).sendKeys("berlin-" + UUID.randomUUID() + "@example.com");
        browser.findElement(By.id("displayName")).sendKeys("Bea Berlin");
        browser.findElement(By.id("password")).sendKeys("a quiet time zone test", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/my"));
        FormSteps.post(browser, java.util.List.of(FormSteps.step("/courses/python-memory-management/enrollment", Map.of())));
        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection/test"));
        FormSteps.click(browser, By.xpath("//button[starts-with(normalize-space(), 'Start')]"));
        wait.until(ExpectedConditions.urlMatches("/attempts/\\d+$"));

        WebElement deadline = browser.findElement(By.cssSelector(".timer-deadline time"));
        Instant due = Instant.parse(deadline.getAttribute("datetime"));
        String zoneName = BERLIN.getRules().isDaylightSavings(due) ? "CEST" : "CET";
        assertThat(deadline.getText())
                .isEqualTo(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(BERLIN).format(due) + " " + zoneName);
        assertThat(deadline.getAttribute("title")).isEqualTo("Europe/Berlin");

        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection/test"));
        WebElement started = browser.findElement(By.cssSelector("table.history time"));
        Instant at = Instant.parse(started.getAttribute("datetime"));
        assertThat(started.getText()).isEqualTo(
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(BERLIN).format(at) + " " + zoneName);
        // Without script the page states the same moment in UTC.
        String served = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href).then(r => r.text()).then(done);
                """);
        assertThat(served).contains(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(ZoneId.of("UTC")).format(at) + " UTC");
    }
}
