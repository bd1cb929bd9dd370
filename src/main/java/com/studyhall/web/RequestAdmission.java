package com.studyhall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * On virtual threads: at most a few requests per processor run at once, and the others wait their
 * turn in arrival order.
 * <p>
 * With a virtual thread per request nothing bounds how many pages render at the same time, and
 * under a load past the processors' capacity the scheduler served some connections again and again
 * while others waited seconds (docs/benchmarks.md). A fair semaphore gives back what Tomcat's small
 * thread pool gives on Java 17: a queue. Recordings, uploads and static files are not counted,
 * because a slow client sending or reading them would hold a permit while the server does no work;
 * nor are health probes, which must answer at once.
 */
class RequestAdmission extends OncePerRequestFilter {

    /** The folders {@link StaticResources} serves, as path prefixes. */
    private static final List<String> STATIC = Stream.concat(Stream.of(StaticResources.FOLDERS), Stream.of("webjars"))
            .map(folder -> "/" + folder + "/").toList();

    private final Semaphore permits;

    RequestAdmission(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String contentType = request.getContentType();
        // Probes answer from memory and must never queue behind pages.
        if (path.startsWith("/actuator/health") || path.contains("/audio/")
                || (contentType != null && contentType.startsWith("multipart/"))) {
            return true;
        }
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        permits.acquireUninterruptibly();
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    int available() {
        return permits.availablePermits();
    }
}
