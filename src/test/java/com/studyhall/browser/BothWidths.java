package com.studyhall.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** A page checked as a desktop and as a 360 px phone show it: axe-core, no sideways scrolling, a screenshot of each. */
final class BothWidths {

    private BothWidths() {
    }

    static void passAxe(WebDriver browser, String page) throws Exception {
        Axe.assertNoSeriousViolations(browser, page + " at 1280 px");
        Browser.screenshot(browser, page + "-1280");
        // Headless Chromium keeps windows at least 500 px wide; emulate the phone's viewport instead.
        Browser.pageWidth(browser, 360, 780);
        try {
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as(page + " without sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            Axe.assertNoSeriousViolations(browser, page + " at 360 px");
            Browser.screenshot(browser, page + "-360");
        } finally {
            Browser.windowWidth(browser);
        }
    }
}
