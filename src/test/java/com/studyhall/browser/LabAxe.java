package com.studyhall.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (a test-scoped WebJar) in the page and returns its serious and critical
 * violations as "rule: target" lines, empty when there are none.
 */
public final class LabAxe {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private LabAxe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) throws IOException {
        String source;
        try (InputStream in = LabAxe.class.getResourceAsStream(AXE)) {
            if (in == null) throw new IOException("axe-core is not on the test classpath: " + AXE);
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var js = (JavascriptExecutor) driver;
        js.executeScript(source);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' ' + n.failureSummary))));
                """);
        return (List<String>) result;
    }

}
