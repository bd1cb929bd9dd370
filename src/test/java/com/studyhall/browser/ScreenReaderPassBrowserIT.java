package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One full journey as a screen reader meets it: a visitor searches, reads the course page, signs
 * up, enrolls, opens a section, takes the mock test and reads the review. On every page the test
 * takes Chromium's accessibility tree (what assistive technology is given, through the DevTools
 * protocol), keeps it as text under {@code target/accessibility/}, and asserts what a screen-reader
 * user relies on: one level-one heading that names the page, the main, banner, navigation and
 * footer landmarks, and a name for every link, button and form field.
 */
class ScreenReaderPassBrowserIT extends BrowserJourney {

    private static final Set<String> NEEDS_A_NAME = Set.of("link", "button", "textbox", "checkbox", "radio",
            "combobox", "searchbox", "spinbutton", "slider", "listbox", "switch", "menuitem", "tab");
    /** Roles left out of the kept outline: wrappers and the text runs inside a named node. */
    private static final Set<String> SILENT = Set.of("none", "generic", "StaticText", "InlineTextBox", "LineBreak");
    private static final Path KEPT = Path.of("target", "accessibility");

    @Test
    void everyPageOfTheJourneyGivesAScreenReaderItsHeadingLandmarksAndNamedControls() throws Exception {
        browser.get(url("/"));
        assertReadable("home", "Study a topic");

        browser.findElement(By.id("q")).sendKeys("memory");
        browser.findElement(By.cssSelector("form.search button")).click();
        assertReadable("search-results", "Study a topic");

        browser.findElement(By.linkText("Python Memory Management")).click();
        assertReadable("course-page", "Python Memory Management");

        browser.findElement(By.linkText("Reference Counting and When Objects Die")).click();
        browser.findElement(By.linkText("Sign up and enroll for free")).click();
        assertReadable("signup", "");
        browser.findElement(By.id("email")).sendKeys("ada.reader@example.com");
        browser.findElement(By.id("displayName")).sendKeys("Ada");
        browser.findElement(By.id("password")).sendKeys("a long and memorable passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        // The address itself, not a pattern: the sign-up page's address ends in next=<this section>.
        wait.until(ExpectedConditions.urlToBe(url("/courses/python-memory-management/reference-counting-and-garbage-collection")));
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));

        browser.findElement(By.linkText("Reference Counting and When Objects Die")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mock-test")));
        assertReadable("section", "Reference Counting and When Objects Die");

        browser.get(url("/courses/python-memory-management/reference-counting-and-garbage-collection/test"));
        assertReadable("test-start", "");
        browser.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        wait.until(ExpectedConditions.urlContains("/attempts/"));
        assertReadable("attempt", "");

        MockTestSteps.press(browser, wait, "Review and submit");
        MockTestSteps.heading(browser, "Summary of attempt");
        assertReadable("attempt-summary", "Summary of attempt");
        MockTestSteps.press(browser, wait, "Submit for grading");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertReadable("attempt-review", "");

        browser.get(url("/my"));
        assertReadable("my-learning", "My learning");
    }

    /** Takes the page's accessibility tree, keeps it, and checks it. */
    private void assertReadable(String page, String headingContains) throws IOException {
        List<Node> tree = accessibilityTree();
        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve(page + ".txt"), outline(tree));

        List<Node> visible = tree.stream().filter(node -> !node.ignored()).toList();
        List<Node> topHeadings = visible.stream()
                .filter(node -> node.role().equals("heading") && "1".equals(node.level())).toList();
        assertThat(topHeadings).as("%s: one level-one heading", page).hasSize(1);
        assertThat(topHeadings.get(0).name()).as("%s: the heading names the page", page)
                .isNotBlank().containsIgnoringCase(headingContains);

        Set<String> roles = new java.util.HashSet<>();
        visible.forEach(node -> roles.add(node.role()));
        assertThat(roles).as("%s: landmarks", page).contains("main", "banner", "navigation", "contentinfo");

        List<String> unnamed = visible.stream()
                .filter(node -> NEEDS_A_NAME.contains(node.role()) && node.name().isBlank())
                .map(node -> node.role() + " #" + node.id()).toList();
        assertThat(unnamed).as("%s: controls a screen reader could only call by their role", page).isEmpty();
    }

    private record Node(String id, String role, String name, String level, boolean ignored, List<String> children) {
    }

    @SuppressWarnings("unchecked")
    private List<Node> accessibilityTree() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Accessibility.enable", Map.of());
        Map<String, Object> result = chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<Node> nodes = new ArrayList<>();
        for (Map<String, Object> raw : (List<Map<String, Object>>) result.get("nodes")) {
            String level = null;
            for (Map<String, Object> property : (List<Map<String, Object>>) raw.getOrDefault("properties", List.of())) {
                if ("level".equals(property.get("name"))) {
                    level = String.valueOf(((Map<String, Object>) property.get("value")).get("value"));
                }
            }
            nodes.add(new Node(String.valueOf(raw.get("nodeId")), value(raw.get("role")), value(raw.get("name")),
                    level, Boolean.TRUE.equals(raw.get("ignored")),
                    (List<String>) raw.getOrDefault("childIds", List.of())));
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static String value(Object field) {
        if (!(field instanceof Map<?, ?> map) || map.get("value") == null) {
            return "";
        }
        return String.valueOf(((Map<String, Object>) map).get("value")).strip();
    }

    /** The tree as a screen reader's outline: one line per node that is not ignored, indented by depth. */
    private static String outline(List<Node> tree) {
        Map<String, Node> byId = new HashMap<>();
        tree.forEach(node -> byId.put(node.id(), node));
        StringBuilder text = new StringBuilder();
        if (!tree.isEmpty()) {
            write(tree.get(0), byId, 0, text);
        }
        return text.toString();
    }

    private static void write(Node node, Map<String, Node> byId, int depth, StringBuilder text) {
        int childDepth = depth;
        if (!node.ignored() && !SILENT.contains(node.role())) {
            text.append("  ".repeat(depth)).append(node.role());
            if (node.level() != null) {
                text.append(" level ").append(node.level());
            }
            if (!node.name().isBlank()) {
                text.append(" \"").append(node.name().replace('\n', ' ')).append('"');
            }
            text.append('\n');
            childDepth = depth + 1;
        }
        for (String child : node.children()) {
            Node next = byId.get(child);
            if (next != null) {
                write(next, byId, childDepth, text);
            }
        }
    }
}
