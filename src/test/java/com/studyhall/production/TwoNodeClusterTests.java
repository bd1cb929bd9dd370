package com.studyhall.production;

import com.studyhall.DemoUsers;

import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database with the {@code postgres} profile, as behind
 * the load balancer: a browser's session cookie works on either node, what one node writes the
 * other shows, and a node may stop without logging anyone out. Skipped, with the reason, only
 * when no PostgreSQL is reachable (see {@link PostgresDatabase}).
 */
@TestMethodOrder(OrderAnnotation.class)
class TwoNodeClusterTests {

    private static final java.time.Duration CATALOG_TTL = java.time.Duration.ofSeconds(2);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodes() {
        var database = PostgresDatabase.fresh();
        jdbc = new org.springframework.jdbc.core.JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.url(), database.user(), database.password()));
        // One after the other, as a rolling start does: the first migrates and loads the demo data.
        first = node(database);
        second = node(database);
    }

    @AfterAll
    static void stopNodes() {
        PostgresNodes.stop(first, second);
    }

    @Test
    @Order(1)
    void aLoginOnOneNodeHoldsOnTheOther() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(first, "learner@example.com", "learner-pass-2026");
        assertThat(browser.sessionCookie()).as("Spring Session's cookie, not the container's").isNotNull();

        var page = browser.get(second, "/my");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("My learning", "Python Memory Management");
    }

    @Test
    @Order(2)
    void anEnrollmentThroughOneNodeShowsOnTheOther() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(second, "newbie@example.com", "newbie-pass-2026");
        assertThat(browser.get(first, "/my").body()).doesNotContain("Typography for Interfaces");

        String token = browser.csrfToken(first, "/courses/typography-for-interfaces");
        var enroll = browser.post(first, "/courses/typography-for-interfaces/enrollment", "_csrf=" + token);
        assertThat(enroll.statusCode()).isEqualTo(302);

        assertThat(browser.get(second, "/my").body()).contains("Typography for Interfaces");
    }

    @Test
    @Order(3)
    void healthIsPublicAndMetricsAreForAdministratorsOnly() throws Exception {
        var visitor = new ClusterBrowser();
        var readiness = visitor.probe(first, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(visitor.probe(first, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(visitor.probe(first, "/actuator/prometheus").statusCode()).isEqualTo(302);

        var learner = new ClusterBrowser();
        learner.logIn(first, "learner@example.com", "learner-pass-2026");
        assertThat(learner.probe(first, "/actuator/prometheus").statusCode()).isEqualTo(403);

        var admin = new ClusterBrowser();
        admin.logInWithSecondFactor(first, DemoUsers.ADMIN);
        var metrics = admin.probe(first, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket", "studyhall_simulation_run_seconds",
                "hikaricp_connections_max");
    }

    @Test
    @Order(4)
    void aCourseUnpublishedOnOneNodeLeavesTheOtherNodesCatalogWithinTheCacheTime() throws Exception {
        var visitor = new ClusterBrowser();
        assertThat(visitor.get(second, "/").body()).contains("Negotiation Fundamentals");
        var instructor = new ClusterBrowser();
        instructor.logIn(first, DemoUsers.INSTRUCTOR.email, DemoUsers.INSTRUCTOR.password);
        String course = "/studio/courses/negotiation-fundamentals";

        assertThat(instructor.post(first, course + "/unpublish", "_csrf=" + instructor.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(visitor.get(first, "/").body()).as("the node that saved it").doesNotContain("Negotiation Fundamentals");
        assertThat(catalogWithin(visitor, second, CATALOG_TTL.plusSeconds(3), false)).isTrue();

        assertThat(instructor.post(first, course + "/publish", "_csrf=" + instructor.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(visitor.get(first, "/").body()).contains("Negotiation Fundamentals");
        assertThat(catalogWithin(visitor, second, CATALOG_TTL.plusSeconds(3), true)).isTrue();
    }

    @Test
    @Order(5)
    void aLearnersWriteOnOneNodeShowsOnTheOthersNextPageAtOnce() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(first, "learner@example.com", "learner-pass-2026");
        String section = "/courses/python-memory-management/reference-counting-and-garbage-collection";
        // The second node reads and keeps the learner's rows.
        String before = browser.get(second, section).body();
        browser.get(second, "/my");
        java.util.List<String> parts = java.util.regex.Pattern.compile("action=\"(" + section + "/parts/\\d+/done)\"")
                .matcher(before).results().map(m -> m.group(1)).distinct().toList();
        assertThat(parts).hasSize(3);

        for (String part : parts) {
            assertThat(browser.post(first, part, "_csrf=" + browser.csrfToken(first, section)).statusCode()).isEqualTo(303);
        }
        int goal = 40 + new java.util.Random().nextInt(50);
        assertThat(browser.post(first, "/my/goal", "dailyReviews=" + goal + "&_csrf=" + browser.csrfToken(first, "/my"))
                .statusCode()).isEqualTo(302);

        assertThat(browser.get(second, section).body()).contains("3 of 3</span> lesson parts done");
        assertThat(browser.get(second, "/my").body()).contains("required value=\"" + goal + "\"");

        // Joining and leaving a course (the leaving a bulk delete) show on the other node at once too.
        String course = "/courses/typography-for-interfaces";
        String leave = "action=\"" + course + "/enrollment/delete\"";
        browser.get(second, course);
        assertThat(browser.post(first, course + "/enrollment", "_csrf=" + browser.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(browser.get(second, course).body()).contains(leave);
        assertThat(browser.post(first, course + "/enrollment/delete", "_csrf=" + browser.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(browser.get(second, course).body()).doesNotContain(leave).contains("Enroll");
    }

    @Test
    @Order(5)
    void aSignOutOnOneNodeEndsTheSessionOnTheOtherAtOnceThoughThatNodeKeptACopy() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(first, "learner@example.com", "learner-pass-2026");
        // The second node reads the session once, then serves it from its copy (resilience.NodeKeptSessions).
        assertThat(browser.get(second, "/my").statusCode()).isEqualTo(200);
        assertThat(browser.get(second, "/my").statusCode()).isEqualTo(200);
        String cookie = browser.sessionCookie();

        assertThat(browser.post(first, "/logout", "_csrf=" + browser.csrfToken(first, "/my")).statusCode())
                .isEqualTo(302);

        // The old cookie replayed on the second node, as a copy of it kept by anyone would be: the
        // sign-out's announcement reaches the node in milliseconds; its copy would otherwise live a minute.
        var replay = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(ClusterBrowser.uri(second, "/my"))
                .header("Accept", "text/html").header("Cookie", "SESSION=" + cookie).build();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
        int status;
        do {
            status = replay.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).as("signed out on the other node within two seconds").isEqualTo(302);
    }

    @Test
    @Order(5)
    void anAccountDisabledOnOneNodeIsSignedOutOnTheOtherAtOnceThoughThatNodeKeptItsCheck() throws Exception {
        var newbie = new ClusterBrowser();
        newbie.logIn(second, DemoUsers.NEWBIE.email, DemoUsers.NEWBIE.password);
        // The second node asks the database about the account once, then keeps the answer (accounts.AccountStatusQuery).
        assertThat(newbie.get(second, "/my").statusCode()).isEqualTo(200);
        assertThat(newbie.get(second, "/my").statusCode()).isEqualTo(200);
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, DemoUsers.NEWBIE.email);

        // Disabled where neither node sees it (an operator's SQL); the database's trigger announces it, and
        // the second node hears it in milliseconds (its kept answer would otherwise live a minute).
        jdbc.update("update app_user set enabled = false where id = ?", id);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
        int status;
        do {
            status = newbie.get(second, "/my").statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).as("signed out on the other node within two seconds").isEqualTo(302);
        jdbc.update("update app_user set enabled = true where id = ?", id);
    }

    @Test
    @Order(6)
    void aNodeStoppingMidSessionLogsNobodyOut() throws Exception {
        var browser = new ClusterBrowser();
        browser.logIn(second, "learner@example.com", "learner-pass-2026");
        assertThat(browser.get(second, "/my").statusCode()).isEqualTo(200);

        second.close();

        var page = browser.get(first, "/my");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Python Memory Management");
        String token = browser.csrfToken(first, "/courses/negotiation-fundamentals");
        assertThat(browser.post(first, "/courses/negotiation-fundamentals/enrollment", "_csrf=" + token)
                .statusCode()).isEqualTo(302);
    }

    private static ConfigurableApplicationContext node(PostgresDatabase.Connection database) {
        return PostgresNodes.start(database, "--app.catalog.cache-ttl=" + CATALOG_TTL.toSeconds() + "s");
    }

    /** Whether the node's catalog lists Negotiation Fundamentals as expected before the time is up. */
    private static boolean catalogWithin(ClusterBrowser visitor, ConfigurableApplicationContext node,
                                         java.time.Duration time, boolean listed) throws Exception {
        long deadline = System.nanoTime() + time.toNanos();
        do {
            if (visitor.get(node, "/").body().contains("Negotiation Fundamentals") == listed) {
                return true;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return false;
    }
}
