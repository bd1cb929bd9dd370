package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory lab in headless Chromium, logged in as the demo learner: what the lab's browser
 * journeys share — opening the page at a width, running a program, stepping, reading the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class LabBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    /** A browser whose page is exactly width CSS pixels wide, logged in as the demo learner. */
    void open(int width, int height) {
        browser = Browser.start(width, height);
        // Headless Chromium keeps a window at least 500 px wide; the page is told the phone's size.
        Browser.pageWidth(browser, width, height);
        wait = Browser.patientWait(browser, 20);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoUsers.LEARNER.email);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.LEARNER.password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/my"));
        assertThat(((Number) js("return window.innerWidth")).intValue()).as("the page's width").isEqualTo(width);
    }

    @AfterEach
    void close() {
        if (browser != null) browser.quit();
        browser = null;
    }

    void openLab(int width, int height) {
        open(width, height);
        browser.get(url("/lab"));
    }

    void runCode(String code) {
        setCode(code);
        js("document.getElementById('lab-run').click()");
        waitForRun();
    }

    void setCode(String code) {
        js("document.getElementById('lab').removeAttribute('data-run');"
                + "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", code);
    }

    String code() {
        return (String) js("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    void go(int n) {
        js("window.StudyhallLab.go(arguments[0])", n);
    }

    int size() {
        return ((Number) js("return window.StudyhallLab.size()")).intValue();
    }

    int step() {
        return ((Number) js("return window.StudyhallLab.step()")).intValue();
    }

    boolean programEnded(int n) {
        return Boolean.TRUE.equals(js("return window.StudyhallLab.programEnds(arguments[0])", n));
    }

    boolean inEditor() {
        return Boolean.TRUE.equals(js("return !!document.activeElement.closest('.CodeMirror')"));
    }

    void runPreset(String title) {
        js("document.getElementById('lab').removeAttribute('data-run')");
        new Select(browser.findElement(By.id("lab-preset"))).selectByVisibleText(title);
        waitForRun();
    }

    void waitForRun() {
        wait.until(d -> "done".equals(d.findElement(By.id("lab")).getAttribute("data-run")));
    }

    WebElement button(String name) {
        return browser.findElement(By.xpath("//button[@aria-label='" + name + "' or normalize-space()='" + name + "']"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
