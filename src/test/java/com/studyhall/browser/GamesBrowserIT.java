package com.studyhall.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner plays each of a section's four games to the end in Chromium with the keyboard only;
 * every game page passes axe-core at 1280 px and at 360 px, and the best result is kept.
 */
class GamesBrowserIT extends BrowserJourney {

    static final String COURSE = "/courses/python-memory-management";
    static final String GAMES = COURSE + "/reference-counting-and-garbage-collection/games";

    @BeforeEach
    void enrolledLearner() {
        String email = "player-" + UUID.randomUUID() + "@example.com";
        browser.get(url("/signup"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys("Player");
        browser.findElement(By.id("password")).sendKeys("games are a fine way to learn");
        browser.findElement(By.id("password")).submit();
        // Signing up signs the learner in.
        wait.until(ExpectedConditions.urlContains("/my"));
        browser.get(url(COURSE));
        browser.findElement(By.xpath("//button[normalize-space()='Enroll for free']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are enrolled"));
    }

    @Test
    void memoryMatchIsPlayedToTheEndByKeyboard() throws Exception {
        browser.get(url(GAMES));
        bothWidthsPassAxe("games");
        browser.findElement(By.linkText("Memory match")).click();
        Map<String, String> pairOf = new HashMap<>();
        for (WebElement face : browser.findElements(By.cssSelector("[data-memory-faces] li"))) {
            pairOf.put(face.getDomAttribute("data-front"), face.getDomAttribute("data-pair"));
            pairOf.put(face.getDomAttribute("data-back"), face.getDomAttribute("data-pair"));
        }
        List<WebElement> cards = browser.findElements(By.cssSelector(".memory-card"));
        assertThat(cards).hasSize(pairOf.size());
        // A player with a perfect memory: look at every card once, two at a time, then turn each pair.
        Map<String, List<Integer>> places = new HashMap<>();
        for (int i = 0; i < cards.size(); i += 2) {
            String first = pairOf.get(turn(cards, i));
            String second = pairOf.get(turn(cards, i + 1));
            places.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(i);
            places.computeIfAbsent(second, k -> new java.util.ArrayList<>()).add(i + 1);
            if (i == 0) {
                bothWidthsPassAxe("memory-match");
            }
            if (!first.equals(second)) {
                waitUntilFaceDown(cards.get(i + 1));
            }
        }
        for (List<Integer> pair : places.values()) {
            if (!cards.get(pair.get(0)).getDomAttribute("class").contains("memory-matched")) {
                turn(cards, pair.get(0));
                turn(cards, pair.get(1));
            }
        }
        gameOverWithNewBest();
        assertThat(browser.findElement(By.cssSelector("[data-best-value]")).getText()).matches("\\d+ moves in \\d+ s");
    }

    @Test
    void typingDrillMarksMistakesAndKeepsTheCodesIndentation() throws Exception {
        browser.get(url(GAMES + "/typing"));
        browser.findElement(By.cssSelector(".typing-code-link")).click();
        String text = browser.findElement(By.cssSelector("[data-typing-target]")).getDomProperty("textContent");
        assertThat(text).contains("\n    ");
        WebElement input = browser.findElement(By.id("typing-input"));
        input.sendKeys("§");
        assertThat(browser.findElements(By.cssSelector(".typed-wrong"))).hasSize(1);
        input.sendKeys(Keys.BACK_SPACE);
        bothWidthsPassAxe("typing");
        // What a typist presses: the script types each new line's indentation after Enter.
        String keys = text.replaceAll("\n +", "\n");
        for (int at = 0; at < keys.length(); at += 4) {
            input.sendKeys(keys.substring(at, Math.min(keys.length(), at + 4)));
            Thread.sleep(300); // a fast human, well under the server's limit of 250 words per minute
        }
        assertThat(browser.findElements(By.cssSelector(".typed-wrong"))).isEmpty();
        gameOverWithNewBest();
        assertThat(browser.findElement(By.cssSelector("[data-best-value]")).getText()).endsWith("at 100% accuracy");
    }

    @Test
    void quickFireQuizIsAnsweredByNumberKeysUntilTheQuestionsRunOut() throws Exception {
        browser.get(url(GAMES + "/quick-fire"));
        Map<String, String> answers = new HashMap<>();
        for (WebElement question : browser.findElements(By.cssSelector("[data-quiz] > li"))) {
            String card = question.getDomAttribute("data-card");
            String right = question.findElements(By.cssSelector("[data-option]")).stream()
                    .filter(o -> card.equals(o.getDomAttribute("data-option"))).findFirst().orElseThrow()
                    .getDomProperty("textContent");
            answers.put(question.getDomAttribute("data-prompt"), right);
        }
        browser.findElement(By.cssSelector("[data-quiz-start]")).sendKeys(Keys.ENTER);
        for (int asked = 0; asked < answers.size(); asked++) {
            WebElement prompt = browser.findElement(By.cssSelector("[data-quiz-prompt]"));
            String shown = prompt.getText().replaceFirst("^Question \\d+ of \\d+: ", "");
            List<WebElement> options = browser.findElements(By.cssSelector(".quiz-option"));
            int right = 0;
            while (!options.get(right).getText().equals((right + 1) + ". " + answers.get(shown))) {
                right++;
            }
            if (asked == 0) {
                bothWidthsPassAxe("quick-fire");
            }
            new Actions(browser).sendKeys(String.valueOf(right + 1)).perform();
        }
        gameOverWithNewBest();
        assertThat(browser.findElement(By.cssSelector("[data-best-value]")).getText())
                .isEqualTo(answers.size() + " right, 0 wrong");
    }

    @Test
    void refcountSprintIsGradedByTheEngineAndAWrongAnswerOpensItsStepInTheLab() throws Exception {
        browser.get(url(GAMES + "/refcount-sprint"));
        bothWidthsPassAxe("refcount-sprint");
        String labLink = null;
        int questions = browser.findElements(By.cssSelector("[data-question]")).size();
        for (int asked = 0; asked < questions; asked++) {
            if (browser.findElement(By.cssSelector("[data-freed-answer]")).isDisplayed()) {
                new Actions(browser).sendKeys("f").perform();
            } else {
                browser.findElement(By.id("sprint-count")).sendKeys("1", Keys.ENTER);
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-sprint-verdict]")));
            WebElement lab = browser.findElement(By.cssSelector("[data-sprint-lab]"));
            if (lab.isDisplayed()) {
                labLink = lab.getDomProperty("href");
                assertThat(browser.findElement(By.cssSelector("[data-sprint-explanation]")).getText()).startsWith("Not quite");
                if (asked < 3) {
                    bothWidthsPassAxe("refcount-sprint-wrong");
                }
            }
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        WebElement over = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-game-over]")));
        wait.until(ExpectedConditions.textToBePresentInElement(over, "Your result:"));
        assertThat(labLink).as("some answer of 1 or freed was wrong").contains("/lab#program=").contains("&step=");
        String step = labLink.replaceFirst(".*&step=", "");
        browser.get(labLink);
        Browser.patientWait(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lab-step-label"), "Step " + (Integer.parseInt(step) + 1) + " /"));
    }

    private String turn(List<WebElement> cards, int index) {
        WebElement card = cards.get(index);
        card.sendKeys(Keys.ENTER);
        wait.until(d -> card.getDomAttribute("class").contains("memory-up"));
        return card.getText();
    }

    private void waitUntilFaceDown(WebElement card) {
        wait.until(d -> !card.getDomAttribute("class").contains("memory-up"));
    }

    private void gameOverWithNewBest() {
        WebElement over = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-game-over]")));
        wait.until(ExpectedConditions.textToBePresentInElement(over, "A new best!"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(over);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-status]"), "Game over."));
    }

    private void bothWidthsPassAxe(String page) throws Exception {
        BothWidths.passAxe(browser, "games-" + page);
    }
}
