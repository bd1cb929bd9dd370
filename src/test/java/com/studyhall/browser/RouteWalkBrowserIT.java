package com.studyhall.browser;

import com.studyhall.DemoUsers;
import com.studyhall.TestTotpClock;
import com.studyhall.web.PageRoutes;
import com.studyhall.web.PageRoutes.Audience;
import com.studyhall.web.PageRoutes.PageRoute;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.studyhall.browser.FormSteps.post;
import static com.studyhall.browser.FormSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of {@link PageRoutes} as its audience sees it, at 320, 360 and 1280 CSS pixels: the page
 * is as wide as the viewport (no sideways scrolling), axe's WCAG 2.2 A/AA rules find nothing serious
 * or critical, and it has one {@code h1} and one {@code main}. Public pages are walked signed out and
 * again as a learner. Path variables come from the demo course and from a small course this walk sets
 * up through the app's own forms (an essay test a fresh learner submits, a deleted course in the
 * trash). Problems are collected over the whole walk and reported together.
 *
 * <p>To walk part of it while fixing: {@code -Droutes.only=<regex on the example path>} and
 * {@code -Droutes.widths=360}.
 */
@Import(TestTotpClock.Config.class)
class RouteWalkBrowserIT extends BrowserJourney {

    static final String DEMO_COURSE = "python-memory-management";
    static final String DEMO_SECTION = "reference-counting-and-garbage-collection";
    static final String GRADED_COURSE = "route-walk";
    static final String TRASHED_COURSE = "route-walk-trashed";
    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    final Map<String, String> values = new HashMap<>();
    /** Every problem found; each is also printed as found, so a long walk tells what to fix as it goes. */
    final List<String> problems = new ArrayList<>() {
        @Override
        public boolean add(String problem) {
            System.out.println("ROUTE WALK PROBLEM: " + problem);
            return super.add(problem);
        }
    };
    int pagesChecked;

    @Test
    void everyPageFitsAPhoneAndPassesAxeForEveryRole() throws Exception {
        values.put("course", DEMO_COURSE);
        values.put("section", DEMO_SECTION);
        values.put("gradedCourse", GRADED_COURSE);
        setUpAsInstructor();
        setUpAsLearner();
        findIdsAsInstructor();

        browser.manage().deleteAllCookies();
        walk(Audience.VISITOR);

        signUpAgainAsLearner();
        walk(Audience.LEARNER);
        walk(Audience.VISITOR);

        browser.manage().deleteAllCookies();
        logIn(DemoUsers.INSTRUCTOR);
        walk(Audience.INSTRUCTOR);

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoUsers.ADMIN.email);
        browser.findElement(By.id("password")).sendKeys(DemoUsers.ADMIN.password, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login/totp"));
        walk(Audience.SECOND_FACTOR);
        browser.get(url("/login/totp"));
        browser.findElement(By.id("code")).sendKeys(DemoUsers.freshCode(context, DemoUsers.ADMIN.totpSecret), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/my"));
        browser.get(url("/admin/users?q=admin"));
        values.put("user", find("/admin/users/(\\d+)"));
        walk(Audience.ADMIN);

        assertThat(problems).as("%d problems on %d page views", problems.size(), pagesChecked).isEmpty();
    }

    /** A course with one essay question (so an attempt waits for grading) and a deleted course in the trash. */
    private void setUpAsInstructor() {
        logIn(DemoUsers.INSTRUCTOR);
        String studio = "/studio/courses/" + GRADED_COURSE + "/sections/essays";
        post(browser, List.of(
                step("/studio/courses", Map.of("title", "Route walk", "slug", GRADED_COURSE, "category", "Technology",
                        "level", "BEGINNER", "tagline", "Pages checked.", "description", "A course the route walk grades.")),
                step("/studio/courses/" + GRADED_COURSE + "/sections", Map.of("title", "Essays", "slug", "essays",
                        "overview", "Written answers.")),
                step(studio + "/questions", Map.of("type", "ESSAY", "prompt", "Why does a cycle outlive its names?",
                        "explanation", "Counts inside the cycle never reach zero.", "points", "4")),
                step(studio + "/test", Map.of("questionsPerAttempt", "1", "shuffleQuestions", "false",
                        "shuffleOptions", "false", "timeLimitMinutes", "30", "attemptsAllowed", "3",
                        "passMarkPercent", "50", "feedback", "AFTER_EACH_ATTEMPT")),
                step("/studio/courses/" + GRADED_COURSE + "/publish", Map.of()),
                step(studio + "/publish", Map.of("published", "true")),
                step("/studio/courses", Map.of("title", "Route walk trashed", "slug", TRASHED_COURSE,
                        "category", "Technology", "level", "BEGINNER", "tagline", "Deleted.", "description", "Deleted.")),
                step("/studio/courses/" + TRASHED_COURSE + "/delete", Map.of())));
        browser.get(url("/studio/trash"));
        values.put("trashEntry", find("/studio/trash/(\\d+)/purge"));
        browser.get(url("/studio/courses/" + DEMO_COURSE + "/sections/" + DEMO_SECTION));
        values.put("chapter", find("/sections/" + DEMO_SECTION + "/chapters/(\\d+)"));
        values.put("lesson", find("/sections/" + DEMO_SECTION + "/lessons/(\\d+)"));
        values.put("question", find("/sections/" + DEMO_SECTION + "/questions/(\\d+)"));
        browser.manage().deleteAllCookies();
    }

    private String learnerEmail;

    /** A fresh learner: one attempt left open on the demo course, one essay attempt handed in for grading. */
    private void setUpAsLearner() {
        learnerEmail = "route-walk-" + UUID.randomUUID() + "@example.com";
        browser.get(url("/signup"));
        browser.findElement(By.id("email")).sendKeys(learnerEmail);
        browser.findElement(By.id("displayName")).sendKeys("Rita Routewalker");
        browser.findElement(By.id("password")).sendKeys("every page at every width", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/my"));
        post(browser, List.of(step("/courses/" + DEMO_COURSE + "/enrollment", Map.of()),
                step("/courses/" + GRADED_COURSE + "/enrollment", Map.of())));

        browser.get(url("/courses/" + DEMO_COURSE + "/" + DEMO_SECTION + "/test"));
        startTest();
        values.put("openAttempt", attemptInUrl());

        browser.get(url("/courses/" + GRADED_COURSE + "/essays/test"));
        startTest();
        values.put("gradedAttempt", attemptInUrl());
        browser.findElement(By.cssSelector("textarea.essay-answer")).sendKeys("No count in it reaches zero.");
        MockTestSteps.submitForGrading(browser, wait);
        browser.manage().deleteAllCookies();
    }

    private void signUpAgainAsLearner() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(learnerEmail);
        browser.findElement(By.id("password")).sendKeys("every page at every width", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/my"));
    }

    private void findIdsAsInstructor() {
        logIn(DemoUsers.INSTRUCTOR);
        browser.get(url("/studio/courses/" + GRADED_COURSE + "/gradebook/essays"));
        values.put("essayPosition", find("/gradebook/attempts/" + values.get("gradedAttempt") + "/essays/(\\d+)"));
        browser.get(url("/studio/courses/" + GRADED_COURSE + "/gradebook"));
        values.put("learner", find("/gradebook/learners/(\\d+)"));
        browser.get(url("/studio/courses/" + GRADED_COURSE + "/gradebook/learners/" + values.get("learner")));
        values.put("gradedTest", find("/tests/(\\d+)/override"));
    }

    private void startTest() {
        FormSteps.click(browser, By.xpath("//button[starts-with(normalize-space(), 'Start')]"));
        wait.until(ExpectedConditions.urlMatches("/attempts/\\d+$"));
    }

    private String attemptInUrl() {
        Matcher m = Pattern.compile("/attempts/(\\d+)$").matcher(browser.getCurrentUrl());
        assertThat(m.find()).as("an attempt page: " + browser.getCurrentUrl()).isTrue();
        return m.group(1);
    }

    /** The first capture of {@code regex} in the page's source: an id the page links to. */
    private String find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(browser.getPageSource());
        assertThat(m.find()).as("a link matching %s on %s", regex, browser.getCurrentUrl()).isTrue();
        return m.group(1);
    }

    private void logIn(DemoUsers user) {
        FormSteps.logIn(browser, wait, url("/login"), user.email, user.password);
    }

    private void walk(Audience audience) throws Exception {
        String only = System.getProperty("routes.only", "");
        int[] widths = Arrays.stream(System.getProperty("routes.widths", "320,360,1280").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (PageRoute route : PageRoutes.ALL) {
            if (route.audience() != audience) {
                continue;
            }
            String path = fill(route.example());
            if (!Pattern.compile(only).matcher(path).find()) {
                continue;
            }
            for (int width : widths) {
                check(audience, path, width);
            }
        }
    }

    /** Pages whose whole purpose is to say no (an upload over the limit): walked like any other. */
    private static final java.util.Set<String> ANSWER_PAGES = java.util.Set.of("/upload-too-large");

    private void check(Audience audience, String path, int width) throws Exception {
        Browser.pageWidth(browser, width, 800);
        browser.get(url(path));
        pagesChecked++;
        String where = audience + " " + path + " at " + width + " px: ";
        var js = (JavascriptExecutor) browser;
        String landed = browser.getCurrentUrl().substring(url("").length());
        // A route may forward to another page (/admin to its people); being sent to log in is a failure.
        boolean toLogin = landed.startsWith("/login") && !path.startsWith("/login");
        if (toLogin || (!browser.findElements(By.cssSelector(".error-page")).isEmpty() && !ANSWER_PAGES.contains(path))) {
            problems.add(where + "did not show the page but " + landed + " " + browser.getTitle());
            return;
        }
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        // A phone widens its layout viewport to content wider than the screen: innerWidth says so too.
        if (inner != width || scroll > width) {
            problems.add(where + "scrolls sideways: " + Math.max(inner, scroll) + " px wide; widest: " + widest(width));
        }
        long headings = ((Number) js.executeScript("return document.querySelectorAll('h1').length")).longValue();
        long mains = ((Number) js.executeScript("return document.querySelectorAll('main').length")).longValue();
        if (headings != 1 || mains != 1) {
            problems.add(where + headings + " h1 and " + mains + " main landmarks, not one of each");
        }
        List<Map<String, Object>> serious = Axe.seriousWcag22Violations(browser);
        if (!serious.isEmpty()) {
            problems.add(where + "axe:\n" + Axe.describe(serious));
        }
        if (width == 360) {
            Browser.screenshot(browser, "route-" + audience.name().toLowerCase() + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    /** The elements reaching furthest right past the viewport, to say what to fix. */
    private Object widest(int width) {
        return ((JavascriptExecutor) browser).executeScript("""
                const w = arguments[0];
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 0.5)
                  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= w + 0.5)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                       + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                  .join(', ');
                """, width);
    }

    private String fill(String example) {
        Matcher m = VARIABLE.matcher(example);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertThat(value).as("a value for {%s} in %s (set one up in RouteWalkBrowserIT)", m.group(1), example)
                    .isNotNull();
            m.appendReplacement(path, value);
        }
        return m.appendTail(path).toString();
    }
}
