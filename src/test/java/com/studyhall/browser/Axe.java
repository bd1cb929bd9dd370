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

    /**
     * Like {@link #assertNoSeriousViolations} but with axe's WCAG 2.0, 2.1 and 2.2 A/AA rules and its best
     * practices only, and with the WCAG 2.2 target-size rule (24 by 24 px) switched on: axe 4.6 ships it off.
     */
    public static void assertNoSeriousWcag22Violations(WebDriver driver, String page) {
        List<Map<String, Object>> serious = seriousWcag22Violations(driver);
        assertThat(serious).as("serious or critical WCAG 2.2 violations on %s:%n%s", page, describe(serious))
                .isEmpty();
    }

    /** The serious and critical violations of axe's WCAG 2.0-2.2 A/AA rules and best practices. */
    public static List<Map<String, Object>> seriousWcag22Violations(WebDriver driver) {
        return violations(driver, WCAG_22).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
    }

    private static final String WCAG_22 = "{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
            + " 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { 'target-size': { enabled: true } },"
            + " resultTypes: ['violations'] }";

    /** Every violation axe reports: id, impact, help and the CSS targets of the offending nodes. */
    public static List<Map<String, Object>> violations(WebDriver driver) {
        return violations(driver, "{ resultTypes: ['violations'] }");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(WebDriver driver, String options) {
        var js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, OPTIONS)
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')) }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """.replace("OPTIONS", options));
        return (List<Map<String, Object>>) result;
    }

    static String describe(List<Map<String, Object>> violations) {
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
