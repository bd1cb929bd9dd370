package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static com.studyhall.browser.FormSteps.click;
import static com.studyhall.browser.FormSteps.logIn;
import static com.studyhall.browser.FormSteps.main;
import static com.studyhall.browser.FormSteps.post;
import static com.studyhall.browser.FormSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor pastes Moodle GIFT questions with partial credit and per-answer feedback into the
 * studio's import; a learner answers them half right and reads, on the review, the points each
 * earned and the feedback the author wrote for the answer given.
 */
class MoodleGiftReviewBrowserIT extends BrowserJourney {

    static final String COURSE = "moodle-gift-review";
    static final String STUDIO = "/studio/courses/" + COURSE + "/sections/memory";
    static final String GIFT = """
            $CATEGORY: $course$/top/Memory/Counting

            // points: 2
            ::Pi:: Pi to two decimal places?{#=%100%3.14:0.005#Right. =%50%3.1:0.05#Close: one place earns half. ~#Not even close.}

            ::Immortal:: A small int such as 5 is freed once nothing refers to it.{FALSE#Small ints are cached and never freed.#Right: they live for good.}

            // points: 2
            ::Finder:: Which call runs a full collection by hand?{=%100%gc.collect()#Yes. =%50%collect()#Half: name its module too. =%0%*#No.}
            """;


    @Test
    void aLearnerSeesPartialCreditAndTheFeedbackForEachAnswerGiven() throws Exception {
        logIn(browser, wait, url("/login"), "instructor@example.com", "instructor-pass-2026");
        post(browser, List.of(
                step("/studio/courses", Map.of("title", "Moodle GIFT review", "slug", COURSE, "category", "Technology",
                        "level", "BEGINNER", "tagline", "From Moodle.", "description", "Imported questions.")),
                step("/studio/courses/" + COURSE + "/sections", Map.of("title", "Memory", "slug", "memory",
                        "overview", "Counting."))));
        browser.get(url(STUDIO + "/questions/import"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('text').value = arguments[0]", GIFT);
        click(browser, By.xpath("//button[normalize-space()='Import']"));
        wait.until(ExpectedConditions.urlToBe(url(STUDIO + "#questions")));
        assertThat(main(browser)).contains("Numeric answer: Pi to two decimal places?", "Memory/Counting");
        post(browser, List.of(
                step(STUDIO + "/test", Map.of("questionsPerAttempt", "3", "shuffleQuestions", "false",
                        "shuffleOptions", "false", "timeLimitMinutes", "20", "attemptsAllowed", "3",
                        "passMarkPercent", "50", "feedback", "AFTER_EACH_ATTEMPT")),
                step("/studio/courses/" + COURSE + "/publish", Map.of()),
                step(STUDIO + "/publish", Map.of("published", "true"))));

        WebDriver learner = secondBrowser();
        var learnerWait = Browser.patientWait(learner, 10);
        logIn(learner, learnerWait, url("/login"), "learner@example.com", "learner-pass-2026");
        post(learner, List.of(step("/courses/" + COURSE + "/enrollment", Map.of())));
        learner.get(url("/courses/" + COURSE + "/memory/test"));
        learner.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        learnerWait.until(ExpectedConditions.urlContains("/attempts/"));
        learner.findElement(By.xpath("//input[@name='q1'][not(@type='hidden')]")).sendKeys("3.1");
        click(learner, By.xpath("(//input[@type='radio'][@name='q2'][@value='true'])[1]"));
        learner.findElement(By.xpath("//input[@name='q3'][not(@type='hidden')]")).sendKeys("collect()");
        MockTestSteps.submitForGrading(learner, learnerWait);
        learnerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "review"));

        String review = main(learner);
        assertThat(review).contains("Partly correct: 1 of 2 points", "Feedback on your answer", "Close: one place earns half.",
                "Small ints are cached and never freed.", "Half: name its module too.")
                .doesNotContain("Right: they live for good.", "Not even close.");
        assertThat(learner.findElements(By.xpath("//*[contains(@class,'result')][starts-with(normalize-space(), 'Partly correct')]")))
                .hasSize(2);
        Browser.screenshot(learner, "review-gift-feedback");
    }
}
