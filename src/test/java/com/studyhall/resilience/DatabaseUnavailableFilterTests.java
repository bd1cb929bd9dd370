package com.studyhall.resilience;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 503 path without a database to stop: failures classified, pages and problems written. */
class DatabaseUnavailableFilterTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Nested
    class Classification {

        @Test
        void aPoolTimeoutARefusedConnectionAndAServerShutdownMeanUnavailable() {
            assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("no connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
            assertThat(DatabaseFailures.unavailable(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
            assertThat(DatabaseFailures.unavailable(new SQLException("terminating connection", "57P01"))).isTrue();
            assertThat(DatabaseFailures.unavailable(new SQLException("canceling statement", "57014"))).isTrue();
        }

        @Test
        void aBrokenConstraintOrABugIsNot() {
            assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate",
                    new SQLException("duplicate key", "23505")))).isFalse();
            assertThat(DatabaseFailures.unavailable(new NullPointerException())).isFalse();
        }
    }

    @Test
    void aPageThatLostTheDatabaseMidwayGetsThe503PageWithRetryAfter() throws Exception {
        var response = run(up(), "/my", "text/html", failingWith(new CannotCreateTransactionException("no connection")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("temporarily unavailable", "Your work is saved", "/css/app.css");
        assertThat(meters.counter("studyhall.database.unavailable.responses").count()).isEqualTo(1);
    }

    @Test
    void anApiCallGetsProblemJson() throws Exception {
        var response = run(up(), "/api/attempts/1/answers/1", "application/json",
                failingWith(new SQLTransientConnectionException("timeout")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "\"retryAfterSeconds\":5");
    }

    @Test
    void theErrorPagesOwnDispatchThatLosesTheDatabaseIsA503Too() throws Exception {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/my");
        request.addHeader("Accept", "text/html");
        var response = new MockHttpServletResponse();
        new DatabaseUnavailableFilter(up(), new UnavailableResponse(), meters).doFilter(request, response,
                failingWith(new org.springframework.dao.DataAccessResourceFailureException("terminating connection",
                        new SQLException("terminating connection due to administrator command", "57P01"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void otherFailuresGoOnToTheUsualErrorHandling() {
        var failure = new DataIntegrityViolationException("duplicate");
        assertThatThrownBy(() -> run(up(), "/my", "text/html", failingWith(failure))).isSameAs(failure);
    }

    @Test
    void whileTheWatchSeesNoDatabaseRequestsAreTurnedAwayWithoutRunningButProbesPass() throws Exception {
        var down = new DatabaseWatch(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nothing"), meters,
                Duration.ofMillis(250));
        down.check();
        assertThat(down.reachable()).isFalse();
        assertThat(down.health().getStatus().getCode()).isEqualTo("DOWN");

        var chain = new MockFilterChain();
        assertThat(run(down, "/courses/x", "text/html", chain).getStatus()).isEqualTo(503);
        assertThat(chain.getRequest()).as("the request never ran").isNull();

        var probe = new MockFilterChain();
        assertThat(run(down, "/actuator/health/liveness", "*/*", probe).getStatus()).isEqualTo(200);
        assertThat(probe.getRequest()).isNotNull();
    }

    private DatabaseWatch up() {
        return new DatabaseWatch(new DriverManagerDataSource("jdbc:h2:mem:watch"), meters, Duration.ofMillis(250));
    }

    private MockHttpServletResponse run(DatabaseWatch watch, String path, String accept, FilterChain chain)
            throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        var response = new MockHttpServletResponse();
        new DatabaseUnavailableFilter(watch, new UnavailableResponse(), meters).doFilter(request, response, chain);
        return response;
    }

    private static FilterChain failingWith(RuntimeException failure) {
        return (request, response) -> {
            throw failure;
        };
    }

    private static FilterChain failingWith(SQLException failure) {
        return failingWith(new IllegalStateException(failure));
    }
}
