package com.studyhall.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


/** Steps of a mock test that several browser journeys share. */
final class MockTestSteps {

    private MockTestSteps() {
    }

    /**
     * Hands the attempt in as a learner does: "Review and submit" posts the sheet and opens the
     * summary, whose "Submit for grading" closes it. Waits until each page is gone: reading the next
     * page while the old one was being replaced made Chromium answer "node does not belong to the document".
     */
    static void submitForGrading(WebDriver browser, WebDriverWait wait) {
        press(browser, wait, "Review and submit");
        heading(browser, "Summary of attempt");
        press(browser, wait, "Submit for grading");
    }

    /** Waits for the next page's heading, riding out the moments the old page is being replaced. */
    static void heading(WebDriver browser, String text) {
        Browser.patientWait(browser, 15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
    }

    static void press(WebDriver browser, WebDriverWait wait, String button) {
        WebElement element = browser.findElement(By.xpath("//button[normalize-space()='" + button + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        Browser.waitUntilGone(browser, element);
    }
}
