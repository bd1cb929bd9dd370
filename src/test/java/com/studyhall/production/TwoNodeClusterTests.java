package com.studyhall.production;

import com.studyhall.DemoUsers;

import com.studyhall.StudyhallApplication;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        var database = PostgresDatabase.fresh();
        // One after the other, as a rolling start does: the first migrates and loads the demo data.
        first = node(database);
        second = node(database);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void aLoginOnOneNodeHoldsOnTheOther() throws Exception {
        var browser = new Browser();
        browser.logIn(first, "learner@example.com", "learner-pass-2026");
        assertThat(browser.sessionCookie()).as("Spring Session's cookie, not the container's").isNotNull();

        var page = browser.get(second, "/my");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("My learning", "Python Memory Management");
    }

    @Test
    @Order(2)
    void anEnrollmentThroughOneNodeShowsOnTheOther() throws Exception {
        var browser = new Browser();
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
        var visitor = new Browser();
        var readiness = visitor.probe(first, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(visitor.probe(first, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(visitor.probe(first, "/actuator/prometheus").statusCode()).isEqualTo(302);

        var learner = new Browser();
        learner.logIn(first, "learner@example.com", "learner-pass-2026");
        assertThat(learner.probe(first, "/actuator/prometheus").statusCode()).isEqualTo(403);

        var admin = new Browser();
        admin.logInWithSecondFactor(first, DemoUsers.ADMIN);
        var metrics = admin.probe(first, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket", "studyhall_simulation_run_seconds",
                "hikaricp_connections_max");
    }

    @Test
    @Order(4)
    void aCourseUnpublishedOnOneNodeLeavesTheOtherNodesCatalogWithinTheCacheTime() throws Exception {
        var visitor = new Browser();
        assertThat(visitor.get(second, "/").body()).contains("Negotiation Fundamentals");
        var instructor = new Browser();
        instructor.logIn(first, DemoUsers.INSTRUCTOR.email, DemoUsers.INSTRUCTOR.password);
        String course = "/studio/courses/negotiation-fundamentals";

        assertThat(instructor.post(first, course + "/unpublish", "_csrf=" + instructor.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(visitor.get(first, "/").body()).as("the node that saved it").doesNotContain("Negotiation Fundamentals");
        assertThat(visitor.catalogWithin(second, CATALOG_TTL.plusSeconds(3), false)).isTrue();

        assertThat(instructor.post(first, course + "/publish", "_csrf=" + instructor.csrfToken(first, course))
                .statusCode()).isEqualTo(302);
        assertThat(visitor.get(first, "/").body()).contains("Negotiation Fundamentals");
        assertThat(visitor.catalogWithin(second, CATALOG_TTL.plusSeconds(3), true)).isTrue();
    }

    @Test
    @Order(5)
    void aNodeStoppingMidSessionLogsNobodyOut() throws Exception {
        var browser = new Browser();
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
        // Arguments, because they outrank application-postgres.properties as DB_URL etc. would.
        return new SpringApplicationBuilder(StudyhallApplication.class)
                .profiles("postgres")
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--app.demo-data=true",
                        "--app.catalog.cache-ttl=" + CATALOG_TTL.toSeconds() + "s",
                        "--app.storage.dir=target/cluster-files",
                        "--logging.structured.format.console=",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** One browser: its cookies go to both nodes, which share a host name as behind nginx. */
    private static final class Browser {

        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        void logIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
            String token = csrfToken(node, "/login");
            var login = post(node, "/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my"));
        }

        /** Password, then the TOTP code computed from the demo admin's documented key. */
        void logInWithSecondFactor(ConfigurableApplicationContext node, DemoUsers user) throws Exception {
            String token = csrfToken(node, "/login");
            var login = post(node, "/login", "username=" + URLEncoder.encode(user.email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(user.password, StandardCharsets.UTF_8) + "&_csrf=" + token);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
            String code = DemoUsers.freshCode(node, user.totpSecret);
            var second = post(node, "/login/totp", "code=" + code + "&_csrf=" + csrfToken(node, "/login/totp"));
            assertThat(second.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        }

        String csrfToken(ConfigurableApplicationContext node, String path) throws Exception {
            Matcher field = CSRF_FIELD.matcher(get(node, path).body());
            assertThat(field.find()).as("a form with a CSRF token on " + path).isTrue();
            return URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
        }

        /** Whether the node's catalog lists Negotiation Fundamentals as expected before the time is up. */
        boolean catalogWithin(ConfigurableApplicationContext node, java.time.Duration time, boolean listed)
                throws Exception {
            long deadline = System.nanoTime() + time.toNanos();
            do {
                if (get(node, "/").body().contains("Negotiation Fundamentals") == listed) {
                    return true;
                }
                Thread.sleep(100);
            } while (System.nanoTime() < deadline);
            return false;
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** What a probe or a metrics scraper sends: any content type. */
        HttpResponse<String> probe(ConfigurableApplicationContext node, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(node, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static URI uri(ConfigurableApplicationContext node, String path) {
            return URI.create("http://localhost:" + port(node) + path);
        }
    }
}
