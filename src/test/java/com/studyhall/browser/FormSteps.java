package com.studyhall.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What journeys with several people do in a browser: sign in, set up through the app's own forms, click. */
final class FormSteps {

    private FormSteps() {
    }

    static Map<String, Object> step(String path, Map<String, String> params) {
        return Map.of("path", path, "params", params);
    }

    /** Posts forms from inside the page, with its CSRF token: setting up through the studio's own routes. */
    static void post(WebDriver in, List<Map<String, Object>> steps) {
        Object result = ((JavascriptExecutor) in).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const statuses = [];
                  for (const step of arguments[0]) {
                    // A fresh page's token for every form, as a person filling in one form after
                    // another has: the same token twice would be one form sent twice (idempotent).
                    const page = await (await fetch(location.href)).text();
                    const token = page.match(/name="_csrf" content="([^"]+)"/)[1];
                    const body = new URLSearchParams(step.params);
                    body.append('_csrf', token);
                    // Following the redirect, as a browser would, also takes the page's one-time notice.
                    const answer = await fetch(step.path, {method: 'POST', body});
                    statuses.push(answer.redirected && answer.ok ? 302 : answer.status);
                  }
                  return statuses;
                })().then(done, error => done(String(error)));
                """, steps);
        assertThat(result.toString()).as("every set-up post redirects").matches("\\[302(, 302)*]");
    }

    static void logIn(WebDriver in, WebDriverWait until, String url, String email, String password) {
        in.get(url);
        in.findElement(By.id("username")).sendKeys(email);
        in.findElement(By.id("password")).sendKeys(password);
        in.findElement(By.cssSelector("form.form button[type=submit]")).click();
        until.until(ExpectedConditions.urlContains("/my"));
    }

    static void click(WebDriver in, By what) {
        click(in, in.findElement(what));
    }

    static void click(WebDriver in, WebElement element) {
        ((JavascriptExecutor) in).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The page's main text, once the page has one: right after a redirect the address may change before the new document is there. */
    static String main(WebDriver in) {
        return Browser.patientWait(in, 15).until(d -> d.findElement(By.tagName("main")).getText());
    }
}
