package com.studyhall.browser;

import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Screenshots the documentation shows: kept under target/screenshots and copied to docs/screenshots. */
final class DocScreenshots {

    private DocScreenshots() {
    }

    static void shoot(WebDriver browser, String name) throws IOException {
        Browser.screenshot(browser, name);
        Path docs = Path.of("docs", "screenshots");
        if (Files.isDirectory(docs)) {
            Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
