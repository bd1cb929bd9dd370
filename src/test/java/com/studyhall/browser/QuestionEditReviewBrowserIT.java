package com.studyhall.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * Two browsers: the learner reviews an attempt while the instructor edits the question it drew.
 * The review keeps what the learner saw until the instructor chooses to regrade, and then says so.
 */
class QuestionEditReviewBrowserIT extends BrowserJourney {

    static final String COURSE = "review-after-edit";
    static final String STUDIO = "/studio/courses/" + COURSE + "/sections/refs";


    @Test
    void theReviewKeepsWhatTheLearnerSawUntilTheInstructorRegrades() throws Exception {
        logIn(browser, wait, url("/login"), "instructor@example.com", "instructor-pass-2026");
        post(browser, List.of(
                step("/studio/courses", Map.of("title", "Review after edit", "slug", COURSE, "category", "Technology",
                        "level", "BEGINNER", "tagline", "As seen.", "description", "Edits after attempts.")),
                step("/studio/courses/" + COURSE + "/sections", Map.of("title", "References", "slug", "refs",
                        "overview", "Counting.")),
                step(STUDIO + "/questions", Map.of("type", "SINGLE_CHOICE", "prompt", "How many names point at the list?",
                        "explanation", "Both names.", "points", "1", "options[0].text", "One",
                        "options[0].correct", "true", "options[1].text", "Two")),
                step(STUDIO + "/questions", Map.of("type", "TRUE_FALSE", "prompt", "Cycles are freed by counting alone.",
                        "explanation", "The collector finds them.", "points", "1", "answer", "false")),
                step(STUDIO + "/test", Map.of("questionsPerAttempt", "2", "shuffleQuestions", "false",
                        "shuffleOptions", "false", "timeLimitMinutes", "20", "attemptsAllowed", "3",
                        "passMarkPercent", "100", "feedback", "AFTER_EACH_ATTEMPT")),
                step("/studio/courses/" + COURSE + "/publish", Map.of()),
                step(STUDIO + "/publish", Map.of("published", "true"))));

        WebDriver learner = secondBrowser();
        var learnerWait = Browser.patientWait(learner, 10);
        logIn(learner, learnerWait, url("/login"), "learner@example.com", "learner-pass-2026");
        post(learner, List.of(step("/courses/" + COURSE + "/enrollment", Map.of())));
        learner.get(url("/courses/" + COURSE + "/refs/test"));
        learner.findElement(By.xpath("//button[normalize-space()='Start the mock test']")).click();
        learnerWait.until(ExpectedConditions.urlContains("/attempts/"));
        click(learner, By.xpath("//label[contains(., 'Two')]//input"));
        click(learner, By.xpath("(//input[@type='radio'][@value='false'])[1]"));
        MockTestSteps.submitForGrading(learner, learnerWait);
        learnerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "review"));
        String reviewUrl = learner.getCurrentUrl();
        assertThat(main(learner)).contains("How many names point at the list?", "1 of 2");

        browser.get(url(STUDIO + "/questions/" + firstQuestionId()));
        assertThat(main(browser)).contains("This question was used in 1 attempt by 1 learner.");
        WebElement prompt = browser.findElement(By.id("prompt"));
        prompt.clear();
        prompt.sendKeys("How many names point at the list after b = a?");
        click(browser, By.xpath("//input[@type='checkbox'][@name='options[0].correct']"));
        click(browser, By.xpath("//input[@type='checkbox'][@name='options[1].correct']"));
        Browser.screenshot(browser, "question-used-edit");
        click(browser, By.xpath("//button[normalize-space()='Save question']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Past attempts keep the version"));

        learner.get(reviewUrl);
        String afterEdit = main(learner);
        assertThat(afterEdit).contains("How many names point at the list?", "1 of 2").doesNotContain("after b = a");
        assertThat(optionText(learner, "Two")).contains("your choice").doesNotContain("correct answer");
        assertThat(optionText(learner, "One")).contains("correct answer");
        Browser.screenshot(learner, "review-after-edit");

        browser.get(url(STUDIO + "/questions/" + firstQuestionId()));
        click(browser, By.xpath("//input[@name='regrade'][@value='true']"));
        click(browser, By.xpath("//button[normalize-space()='Save question']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "1 scores changed"));

        learner.get(reviewUrl);
        assertThat(main(learner)).contains("How many names point at the list?", "2 of 2", "Passed",
                "Ines Instructor corrected the answer key of question 1", "your score went from 1 to 2 points");
        assertThat(optionText(learner, "Two")).contains("your choice", "correct answer");
        Browser.screenshot(learner, "review-after-regrade");
    }

    private long firstQuestionId() {
        browser.get(url(STUDIO));
        String href = browser.findElement(By.cssSelector("a[href*='/questions/']:not([href$='new'])")).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*/questions/(\\d+).*", "$1"));
    }

    /** The option's line in lower case: the marks are styled in capitals. */
    private static String optionText(WebDriver in, String text) {
        return in.findElement(By.xpath("//li[contains(@class,'option')][.//span[normalize-space()='" + text + "']]"))
                .getText().toLowerCase(java.util.Locale.ROOT);
    }
}
