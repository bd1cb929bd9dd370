package com.studyhall.production;

import com.studyhall.DemoUsers;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser sends many posts at once on PostgreSQL with sessions in the database, as a double
 * click or an impatient learner does: each post keeps a notice for the page after its redirect,
 * and none of them may fail.
 */
class OneSessionConcurrencyPostgresTests {

    static final String TEST = "/courses/python-memory-management/reference-counting-and-garbage-collection/test";
    static final int AT_ONCE = 50;

    static ConfigurableApplicationContext node;

    @BeforeAll
    static void startNode() {
        node = PostgresNodes.start(PostgresDatabase.fresh());
    }

    @AfterAll
    static void stopNode() {
        PostgresNodes.stop(node);
    }

    @Test
    void fiftySimultaneousSavesAndThenFiftySimultaneousSubmitsOfOneSessionGetNoServerError() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(node, DemoUsers.LEARNER.email, DemoUsers.LEARNER.password);
        var started = browser.post(node, TEST, "_csrf=" + browser.csrfToken(node, TEST));
        String attempt = started.headers().firstValue("Location").orElseThrow().replaceAll(".*(/attempts/\\d+)$", "$1");
        // Fifty sheets as fifty tabs rendered them, each with its own form token, so that none of
        // the saves is a replay of another and every one keeps its own notice in the session.
        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            sheets.add("action=save&q1=&_csrf=" + browser.csrfToken(node, attempt));
        }
        List<Integer> saves = send(browser, attempt, sheets).stream().map(HttpResponse::statusCode).toList();
        assertThat(saves).as("statuses of %d saves at once", AT_ONCE).containsOnly(302);

        String token = browser.csrfToken(node, attempt);
        List<Integer> submits = postAtOnce(browser, attempt, "action=submit&q1=&_csrf=" + token);
        assertThat(submits).as("statuses of %d copies of one submit at once", AT_ONCE).containsOnly(302);

        var review = browser.get(node, attempt);
        assertThat(review.statusCode()).isEqualTo(200);
        var jdbc = node.getBean(JdbcTemplate.class);
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select status from test_attempt where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void fiftyCopiesOfOneStartFormStartOneAttemptAndAReplayAfterTheSubmitShowsItFinished() throws Exception {
        String weakReferences = "/courses/python-memory-management/weak-references-and-finalizers/test";
        var browser = new ClusterBrowser();
        browser.logIn(node, DemoUsers.LEARNER.email, DemoUsers.LEARNER.password);
        String startForm = "_csrf=" + browser.csrfToken(node, weakReferences);

        List<String> locations = postAtOnceForLocations(browser, weakReferences, startForm);
        assertThat(locations).as("where %d copies of one start form went", AT_ONCE).hasSize(AT_ONCE).containsOnly(locations.get(0));
        String attempt = locations.get(0).replaceAll(".*(/attempts/\\d+)$", "$1");
        assertThat(browser.post(node, attempt, "action=submit&_csrf=" + browser.csrfToken(node, attempt)).statusCode())
                .isEqualTo(302);

        var replay = browser.post(node, weakReferences, startForm);
        assertThat(replay.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(attempt));
        assertThat(browser.get(node, attempt).body()).doesNotContain("Submit for grading");
        var jdbc = node.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("""
                select count(*) from test_attempt a join mock_test t on t.id = a.mock_test_id
                join section s on s.id = t.section_id where s.slug = 'weak-references-and-finalizers'""", Long.class))
                .isEqualTo(1);
    }

    private static List<String> postAtOnceForLocations(ClusterBrowser browser, String path, String form) {
        return send(browser, path, Collections.nCopies(AT_ONCE, form)).stream().map(r -> r.headers().firstValue("Location").orElse("status " + r.statusCode()))
                .toList();
    }

    private static List<Integer> postAtOnce(ClusterBrowser browser, String path, String form) {
        return send(browser, path, Collections.nCopies(AT_ONCE, form)).stream().map(HttpResponse::statusCode).toList();
    }

    /** Sends every form at once and waits for all the answers. */
    private static List<HttpResponse<String>> send(ClusterBrowser browser, String path, List<String> forms) {
        List<CompletableFuture<HttpResponse<String>>> posts = forms.stream()
                .map(form -> browser.http.sendAsync(HttpRequest.newBuilder(ClusterBrowser.uri(node, path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        return posts.stream().map(CompletableFuture::join).toList();
    }
}
