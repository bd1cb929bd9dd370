package com.studyhall.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * While the database is away, a request gets a 503 with {@code Retry-After} at once (a page, or
 * problem+json for {@code /api}) instead of waiting for a pooled connection that cannot come.
 * <p>
 * Runs before Spring Session's filter, which reads the session from the database before anything
 * else, so a failure there is answered here too. A request that started before {@link DatabaseWatch}
 * noticed the loss and then failed for it gets the same 503. Static files pass, and health probes
 * pass without their cookies: neither needs the database.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final String PROBES = "/actuator/health";
    private static final List<String> STATIC =
            List.of("/css/", "/js/", "/images/", "/fonts/", "/vendor/", "/webjars/", "/favicon");

    private final DatabaseWatch database;
    private final UnavailableResponse unavailable;
    private final Counter turnedAway;

    DatabaseUnavailableFilter(DatabaseWatch database, UnavailableResponse unavailable, MeterRegistry meters) {
        this.database = database;
        this.unavailable = unavailable;
        this.turnedAway = Counter.builder("studyhall.database.unavailable.responses")
                .description("Requests answered 503 because the database could not be reached").register(meters);
    }

    /**
     * The error page's own dispatch is guarded too. A request whose failure got past the answer
     * above (seen twice in 16,883 during a stop under load) is dispatched to /error, which reads the
     * session from the same missing database; unguarded, that second failure was a 500.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return STATIC.stream().anyMatch(path(request)::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (path(request).startsWith(PROBES)) {
            // A probe is anonymous: without its cookies nothing looks its session up in the database.
            chain.doFilter(new WithoutCookies(request), response);
            return;
        }
        if (!database.reachable()) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseFailures.unavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database failed during {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(failure));
            response.reset();
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        turnedAway.increment();
        unavailable.write(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "cookie".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
