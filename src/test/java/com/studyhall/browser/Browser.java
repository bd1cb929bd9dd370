package com.studyhall.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through its own chromedriver, so no tool downloads a browser.
 * When the browser is missing the tests are skipped with the reason, unless
 * {@code -Dstudyhall.browser-tests=required} (set by CI) turns that into a failure.
 */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static WebDriver start(int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "required".equals(System.getProperty("studyhall.browser-tests"))) {
            throw new IllegalStateException("browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are not installed (apt-get install chromium chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run",
                "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Makes the page exactly {@code width} CSS pixels wide, as a phone's would be. Resizing the window
     * is not enough: a headless window never gets narrower than 500 px. As on a phone, a page whose content
     * is wider widens its layout viewport: then {@code innerWidth} (and {@code scrollWidth}) exceed
     * {@code width}, which is how a test sees sideways scrolling.
     */
    public static void pageWidth(WebDriver driver, int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Undoes {@link #pageWidth}: the page is as wide as the window again. */
    public static void windowWidth(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** Saves a screenshot under target/screenshots, to look at after a run. */
    /**
     * Waits until the page that held {@code element} has been replaced. While the old document is torn
     * down, Chromium may answer "node does not belong to the document" instead of "stale element", so
     * every driver error during the wait means "not yet" rather than a failure.
     */
    public static void waitUntilGone(WebDriver driver, WebElement element) {
        patientWait(driver, 15).until(ExpectedConditions.stalenessOf(element));
    }

    /**
     * A wait that treats a driver error as "not yet": a page replaced by a click or a key can make
     * Chromium answer "node does not belong to the document" for a moment. A condition that never
     * holds still fails, after the timeout, with the last error as its cause.
     */
    public static WebDriverWait patientWait(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
