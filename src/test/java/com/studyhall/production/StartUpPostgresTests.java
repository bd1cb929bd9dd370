package com.studyhall.production;

import com.studyhall.DemoUsers;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes starting on PostgreSQL: two at once on an empty database both come up with the demo data
 * loaded once, and an attempt whose time ran out while no node ran is closed as of its deadline,
 * and graded, before a restarted node serves anything.
 */
class StartUpPostgresTests {

    static final String TEST = "/courses/python-memory-management/reference-counting-and-garbage-collection/test";

    static final String IN_BACKGROUND = "--app.startup-content.in-background=true";

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @AfterEach
    void stopNodes() {
        PostgresNodes.stop(first, second);
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpAndAnOverdueAttemptIsClosedAsSoonAsTheNextStartIsReady()
            throws Exception {
        var database = PostgresDatabase.fresh();
        // As in production: each node loads the demo data on a thread of its own once it is ready.
        var one = CompletableFuture.supplyAsync(() -> PostgresNodes.start(database, IN_BACKGROUND));
        var two = CompletableFuture.supplyAsync(() -> PostgresNodes.start(database, IN_BACKGROUND));
        first = one.join();
        second = two.join();
        var jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
        awaitDemoData(jdbc);
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like '%@example.com'", Long.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) - count(distinct slug) from course", Long.class)).isZero();

        var learner = new ClusterBrowser();
        learner.logIn(second, DemoUsers.LEARNER.email, DemoUsers.LEARNER.password);
        String attempt = learner.post(first, TEST, "_csrf=" + learner.csrfToken(first, TEST)).headers()
                .firstValue("Location").orElseThrow().replaceAll(".*(/attempts/\\d+)$", "$1");
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        PostgresNodes.stop(first, second);

        // The whole cluster was down for three hours, past the attempt's deadline.
        jdbc.update("update test_attempt set started_at = started_at - interval '3 hours', "
                + "deadline = deadline - interval '3 hours' where id = ?", id);
        first = PostgresNodes.start(database, IN_BACKGROUND);
        awaitClosed(jdbc, id); // the first sweep runs on a thread of its own once the node is ready

        Map<String, Object> closed = jdbc.queryForMap(
                "select status, closed_at = deadline as at_deadline, score_points from test_attempt where id = ?", id);
        assertThat(closed).containsEntry("status", "EXPIRED").containsEntry("at_deadline", true);
        // Points are numeric(10,2) since V27_1: 0.00 is no points.
        assertThat((java.math.BigDecimal) closed.get("score_points")).as("graded with what was saved (nothing)")
                .isEqualByComparingTo(java.math.BigDecimal.ZERO);
    }

    private static void awaitClosed(JdbcTemplate jdbc, long attempt) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!"IN_PROGRESS".equals(jdbc.queryForObject("select status from test_attempt where id = ?", String.class, attempt))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the overdue attempt was still open 30 s after the node was ready");
    }

    /** The loader's last step features the flagship course: once it is featured, the demo data is all there. */
    private static void awaitDemoData(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (jdbc.queryForObject("select featured_course_id is not null from storefront", Boolean.class)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo data did not appear within two minutes of both nodes being ready");
    }
}
