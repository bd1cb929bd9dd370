package com.studyhall.browser;

import com.studyhall.DemoUsers;
import com.studyhall.TestTotpClock;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo admin, in a real browser at phone width: password, TOTP code, then disables a learner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestTotpClock.Config.class)
class AdminDisablesLearnerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1280, 1000);
        // A headless window is never narrower than 500 px: emulate the phone's 360 px viewport instead.
        Browser.pageWidth(browser, 360, 800);
        wait = Browser.patientWait(browser, 10);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminLogsInWithPasswordAndCodeThenDisablesALearner() throws Exception {
        accounts.create(new NewAccount("troublemaker@example.com", "Terry Troublemaker", "a sturdy test passphrase"),
                Set.of(Role.LEARNER));

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoUsers.ADMIN.email);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.ADMIN.password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login/totp"));
        Browser.screenshot(browser, "admin-totp-360");
        browser.findElement(By.id("code")).sendKeys(DemoUsers.freshCode(context, DemoUsers.ADMIN.totpSecret));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/my"));

        browser.get(url("/admin/users"));
        browser.findElement(By.id("q")).sendKeys("troublemaker");
        browser.findElement(By.cssSelector("form.admin-search button")).click();
        wait.until(ExpectedConditions.urlContains("q=troublemaker"));
        Browser.screenshot(browser, "admin-users-360");
        browser.findElement(By.linkText("Terry Troublemaker")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Disable account']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Disabled and logged out: troublemaker@example.com"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Disabled: cannot log in")
                .contains("Enable account");
        Browser.screenshot(browser, "admin-user-disabled-360");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
