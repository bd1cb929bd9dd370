package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The header at phone width: the links fold behind "Menu", which opens and closes by pointer and keyboard. */
class PhoneHeaderBrowserIT extends BrowserJourney {

    @Test
    void onAPhoneTheLinksOpenFromTheMenuButtonAndTheHeaderNeverScrollsSideways() throws Exception {
        logIn("instructor@example.com", "instructor-pass-2026");
        Browser.pageWidth(browser, 360, 800);
        browser.get(url("/my"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue())
                .isEqualTo(360);

        WebElement menu = browser.findElement(By.cssSelector(".site-header button.menu-toggle"));
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(headerLinks()).allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
        assertThat(pageWidth()).isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "header-360-closed");

        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(headerLinks()).extracting(WebElement::getText)
                .containsExactly("Catalog", "My learning", "Studio", "Security");
        assertThat(headerLinks()).allSatisfy(link -> {
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        });
        assertThat(pageWidth()).isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "header-360-open");

        // Escape closes it and gives focus back to the button; Enter opens it again.
        // (Actions.sendKeys(element, ...) would click the link first; focus it as Tab would.)
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", headerLinks().get(0));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.switchTo().activeElement()).isEqualTo(menu);
        menu.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(menu, "aria-expanded", "true"));
        headerLinks().get(2).click();
        wait.until(ExpectedConditions.urlContains("/studio"));
    }

    @Test
    void onADesktopTheLinksStayInTheHeaderAndThereIsNoMenuButton() {
        logIn("instructor@example.com", "instructor-pass-2026");
        assertThat(browser.findElement(By.cssSelector(".site-header .menu-toggle")).isDisplayed()).isFalse();
        assertThat(headerLinks()).allSatisfy(link -> assertThat(link.isDisplayed()).isTrue());
        assertThat(browser.findElement(By.id("site-menu")).isDisplayed()).isFalse();
        // The links exist once for the header and once for the phone's footer list, and only the
        // header's are seen on a desktop.
        assertThat(browser.findElements(By.cssSelector("a[href='/my']"))).hasSize(2)
                .filteredOn(WebElement::isDisplayed).hasSize(1);
    }

    private List<WebElement> headerLinks() {
        return browser.findElements(By.cssSelector("#nav-links a"));
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private void logIn(String email, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/my"));
    }
}
