package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor chooses a course: on the flagship course page they read the outcomes, the time, the
 * instructor and the reviews, then the free preview section, at 1280 px and on a 360 px phone.
 */
class CoursePageBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorReadsOutcomesTimeInstructorReviewsAndTheFreePreview() throws Exception {
        seedReview();
        for (int width : new int[] {1280, 360}) {
            if (width == 360) {
                Browser.pageWidth(browser, 360, 800);
            }
            browser.get(url("/courses/python-memory-management"));
            // The review went straight into the database, as another node's write would: the page
            // keeps a course's reviews for app.catalog.cache-ttl (5 s), so it shows within that.
            Browser.patientWait(browser, 15).until(d -> {
                if (d.findElement(By.tagName("main")).getText().contains("from 1 review")) return true;
                d.navigate().refresh();
                return false;
            });
            assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(width);
            String main = browser.findElement(By.tagName("main")).getText();
            assertThat(main).contains("What you will be able to do", "Predict what sys.getrefcount reports",
                    "Before you start", "Your instructor", "Ines Instructor", "Ines teaches how Python works underneath",
                    "Reviews", "4.0 out of 5", "from 1 review", "The cycle demo made gc.collect() click",
                    "Reply from the instructor");
            assertThat(browser.findElement(By.cssSelector(".course-time")).getText()).matches("About \\d+ h( \\d+ min)? of study");
            assertThat(browser.findElements(By.cssSelector(".section-time"))).hasSize(10);
            // The JSON-LD is a data block: never run, so the Content-Security-Policy leaves it alone; it parses.
            assertThat(js("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
                    + ".aggregateRating.ratingCount")).isEqualTo(1L);
            assertNoSidewaysScrolling(width);
            Axe.assertNoSeriousViolations(browser, "course page at " + width + " px");
            shot("course-page-" + width);
            browser.findElement(By.id("reviews"));
            js("document.getElementById('reviews').scrollIntoView()");
            shot("course-reviews-" + width);

            js("window.scrollTo(0, 0)");
            browser.findElement(By.linkText("Read a free section")).click();
            wait.until(ExpectedConditions.urlContains("/references-and-names"));
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("Free preview", "This section is open to everyone", "Sign up and enroll for free");
            assertThat(browser.findElements(By.id("audio-lessons"))).hasSize(1);
            assertNoSidewaysScrolling(width);
            Axe.assertNoSeriousViolations(browser, "preview section at " + width + " px");
            shot("course-preview-" + width);
        }
    }

    private void seedReview() {
        Long course = jdbc.queryForObject("select id from course where slug = 'python-memory-management'", Long.class);
        Long learner = jdbc.queryForObject("select id from app_user where email = 'learner@example.com'", Long.class);
        if (jdbc.queryForObject("select count(*) from course_review where course_id = ?", Long.class, course) == 0) {
            jdbc.update("insert into course_review (course_id, learner_id, rating, body, created_at, updated_at, reply, "
                    + "replied_at, version) values (?, ?, 4, ?, current_timestamp, current_timestamp, ?, current_timestamp, 0)",
                    course, learner, "The cycle demo made gc.collect() click for me. I wanted more on the allocator.",
                    "Thank you! The allocator section grows next month.");
        }
    }

    private void assertNoSidewaysScrolling(int width) {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling at " + width + " px").isLessThanOrEqualTo(width);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** A screenshot in target/screenshots and, for the docs, in docs/screenshots. */
    private void shot(String name) throws Exception {
        Browser.screenshot(browser, name);
        Path docs = Path.of("docs", "screenshots");
        if (Files.isDirectory(docs)) {
            Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
