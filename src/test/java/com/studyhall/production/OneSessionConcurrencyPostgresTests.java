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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

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
        String token = browser.csrfToken(node, attempt);

        List<Integer> saves = postAtOnce(browser, attempt, "action=save&q1=&_csrf=" + token);
        assertThat(saves).as("statuses of %d saves at once", AT_ONCE).containsOnly(302);

        List<Integer> submits = postAtOnce(browser, attempt, "action=submit&q1=&_csrf=" + token);
        assertThat(submits).as("statuses of %d submits at once", AT_ONCE).containsOnly(302);

        var review = browser.get(node, attempt);
        assertThat(review.statusCode()).isEqualTo(200);
        var jdbc = node.getBean(JdbcTemplate.class);
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select status from test_attempt where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    private static List<Integer> postAtOnce(ClusterBrowser browser, String path, String form) {
        List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, AT_ONCE)
                .mapToObj(i -> browser.http.sendAsync(HttpRequest.newBuilder(ClusterBrowser.uri(node, path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        return posts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
    }
}
