package com.studyhall.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (the test-scoped WebJar) on the page a browser shows. The script goes in through
 * WebDriver, which the page's Content-Security-Policy does not restrict.
 *
 * <pre>Axe.assertNoSeriousViolations(driver, "section page");</pre>
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** Fails with a readable list when axe finds any violation of serious or critical impact. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        List<Map<String, Object>> serious = violations(driver).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on %s:%n%s", page, describe(serious))
                .isEmpty();
    }

    /** Every violation axe reports: id, impact, help and the CSS targets of the offending nodes. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')) }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """);
        return (List<Map<String, Object>>) result;
    }

    private static String describe(List<Map<String, Object>> violations) {
        return violations.stream().map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help")
                + " at " + v.get("targets")).collect(Collectors.joining("\n"));
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core WebJar not on the test classpath", e);
        }
    }
}
