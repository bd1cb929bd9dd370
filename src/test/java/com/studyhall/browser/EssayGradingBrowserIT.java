package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static com.studyhall.browser.FormSteps.click;
import static com.studyhall.browser.FormSteps.logIn;
import static com.studyhall.browser.FormSteps.main;
import static com.studyhall.browser.FormSteps.post;
import static com.studyhall.browser.FormSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers: a learner answers an essay and a matching question; the attempt waits for grading
 * until the instructor grades the essay from the gradebook's queue; then the learner reads the
 * score (2.5 of 4 points) and the comment. Every page on the way is checked with axe at 1280 and 360 pixels.
 */
class EssayGradingBrowserIT extends BrowserJourney {

    static final String COURSE = "essay-grading";
    static final String STUDIO = "/studio/courses/" + COURSE + "/sections/cycles";
    static final String ESSAY = "Why does a reference cycle outlive its last outside name?";


    @Test
    void theLearnerSeesAwaitingGradingThenTheInstructorsScoreAndComment() throws Exception {
        logIn(browser, wait, url("/login"), "instructor@example.com", "instructor-pass-2026");
        post(browser, List.of(
                step("/studio/courses", Map.of("title", "Essay grading", "slug", COURSE, "category", "Technology",
                        "level", "BEGINNER", "tagline", "Written answers.", "description", "Essays graded by hand.")),
                step("/studio/courses/" + COURSE + "/sections", Map.of("title", "Cycles", "slug", "cycles",
                        "overview", "Collected.")),
                step(STUDIO + "/questions", Map.of("type", "MATCHING", "prompt", "Match each call with what it gives back.",
                        "explanation", "", "points", "2", "pairs[0].left", "gc.collect()",
                        "pairs[0].right", "the unreachable objects found", "pairs[1].left", "id(x)",
                        "pairs[1].right", "an identity number")),
                step(STUDIO + "/questions", Map.of("type", "ESSAY", "prompt", ESSAY,
                        "explanation", "Counts inside the cycle never reach zero.", "points", "4")),
                step(STUDIO + "/test", Map.of("questionsPerAttempt", "2", "shuffleQuestions", "false",
                        "shuffleOptions", "false", "timeLimitMinutes", "20", "attemptsAllowed", "3",
                        "passMarkPercent", "50", "feedback", "AFTER_EACH_ATTEMPT")),
                step("/studio/courses/" + COURSE + "/publish", Map.of()),
                step(STUDIO + "/publish", Map.of("published", "true"))));

        WebDriver learner = secondBrowser();
        var learnerWait = Browser.patientWait(learner, 10);
        logIn(learner, learnerWait, url("/login"), "learner@example.com", "learner-pass-2026");
        post(learner, List.of(step("/courses/" + COURSE + "/enrollment", Map.of())));
        learner.get(url("/courses/" + COURSE + "/cycles/test"));
        learner.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        learnerWait.until(ExpectedConditions.urlContains("/attempts/"));
        new Select(learner.findElement(By.xpath("//label[normalize-space()='gc.collect()']/following-sibling::select")))
                .selectByVisibleText("the unreachable objects found");
        new Select(learner.findElement(By.xpath("//label[normalize-space()='id(x)']/following-sibling::select")))
                .selectByVisibleText("the unreachable objects found");
        learner.findElement(By.cssSelector("textarea.essay-answer"))
                .sendKeys("Each object in the cycle is referenced by another,\nso no count reaches zero.");
        checkAtBothWidths(learner, "essay-attempt");
        MockTestSteps.submitForGrading(learner, learnerWait);
        learnerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "review"));
        String reviewUrl = learner.getCurrentUrl();
        assertThat(main(learner)).contains("Awaiting grading", "1 of 2 points", "so no count reaches zero.")
                .doesNotContain("Not passed");
        checkAtBothWidths(learner, "essay-review-awaiting");

        browser.get(url("/studio/courses/" + COURSE + "/gradebook"));
        click(browser, By.linkText("Essays to grade"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Essays to grade"));
        assertThat(main(browser)).contains("Lena Learner", "Cycles, attempt 1", "Question 2");
        checkAtBothWidths(browser, "essay-queue");
        click(browser, By.xpath("//a[normalize-space()='Grade']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "essay"));
        assertThat(main(browser)).contains(ESSAY, "so no count reaches zero.");
        browser.findElement(By.id("score")).sendKeys("2.5");
        browser.findElement(By.id("feedback")).sendKeys("Right idea; name the collector that finds such cycles.");
        checkAtBothWidths(browser, "essay-grade");
        click(browser, By.xpath("//button[normalize-space()='Save the grade']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The attempt now counts: 58%."));
        assertThat(main(browser)).contains("No essay answer is waiting for a grade.");

        learner.get(reviewUrl);
        assertThat(main(learner)).doesNotContain("Awaiting grading")
                .contains("3.5 of 6", "Passed", "2.5 of 4 points", "Right idea; name the collector that finds such cycles.");
        checkAtBothWidths(learner, "essay-review-graded");
    }

    /** Axe finds nothing serious at desktop and at phone width; a screenshot of each for a person to look at. */
    private static void checkAtBothWidths(WebDriver in, String name) throws Exception {
        for (int width : new int[]{1280, 360}) {
            Browser.pageWidth(in, width, 1000);
            assertThat((Long) ((JavascriptExecutor) in).executeScript("return document.documentElement.scrollWidth"))
                    .as(name + " without sideways scrolling at " + width + " px").isLessThanOrEqualTo(width);
            Axe.assertNoSeriousViolations(in, name + " at " + width + " px");
            Browser.screenshot(in, name + "-" + width);
        }
        Browser.windowWidth(in);
    }
}
