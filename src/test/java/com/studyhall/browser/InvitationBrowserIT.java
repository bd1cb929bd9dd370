package com.studyhall.browser;

import com.studyhall.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor invites an address without an account; the invited person opens the link on a
 * 360 px phone, signs up with the address filled in and finds the course on their page.
 */
class InvitationBrowserIT extends BrowserJourney {

    static final String LEARNERS = "/studio/courses/typography-for-interfaces/learners";

    @Test
    void anInvitedAddressSignsUpThroughItsLinkAndIsEnrolled() throws Exception {
        String invited = "browser-invite-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        FormSteps.logIn(browser, wait, url("/login"), DemoUsers.INSTRUCTOR.email, DemoUsers.INSTRUCTOR.password);
        browser.get(url(LEARNERS));

        WebElement box = browser.findElement(By.id("addresses"));
        box.sendKeys("not-an-address, " + invited);
        FormSteps.click(browser, By.cssSelector("#invite button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-problem")));
        assertThat(browser.findElement(By.id("invite-problem")).getText()).contains("not-an-address");
        assertThat(browser.findElement(By.id("addresses")).getAttribute("value")).contains(invited);

        box = browser.findElement(By.id("addresses"));
        box.clear();
        box.sendKeys(invited);
        FormSteps.click(browser, By.cssSelector("#invite button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-outcome")));
        String link = browser.findElement(By.cssSelector(".invite-link")).getText();
        assertThat(link).startsWith(url("/invitations/"));
        assertThat(FormSteps.main(browser)).contains("Waiting for sign-up", invited);
        BothWidths.passAxe(browser, "learners-invited");

        browser.manage().deleteAllCookies();
        Browser.pageWidth(browser, 360, 780);
        try {
            browser.get(link);
            assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth")).isEqualTo(360L);
            assertThat(FormSteps.main(browser)).contains("You are invited to Typography for Interfaces", invited);
            Axe.assertNoSeriousViolations(browser, "invitation at 360 px");
            Browser.screenshot(browser, "invitation-360");
            FormSteps.click(browser, By.id("accept-invitation"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("displayName")));
            assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(invited);
            browser.findElement(By.id("displayName")).sendKeys("Invited In Chromium");
            browser.findElement(By.id("password")).sendKeys("a long and memorable passphrase");
            FormSteps.click(browser, By.cssSelector("form.form button[type=submit]"));
            // Not urlMatches("/my$"): the sign-up page's own address ends in next=/my.
            wait.until(ExpectedConditions.urlToBe(url("/my")));
            assertThat(FormSteps.main(browser)).contains("Typography for Interfaces");
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("/my without sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            Browser.screenshot(browser, "invited-my-360");
        } finally {
            Browser.windowWidth(browser);
        }
    }
}
