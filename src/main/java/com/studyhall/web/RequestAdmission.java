package com.studyhall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * On virtual threads: at most a few requests per processor run at once, and the others wait their
 * turn in arrival order.
 * <p>
 * With a virtual thread per request nothing bounds how many pages render at the same time, and
 * under a load past the processors' capacity the scheduler served some connections again and again
 * while others waited seconds (docs/benchmarks.md). A fair semaphore gives back what Tomcat's small
 * thread pool gives on Java 17: a queue. Recordings, uploads and static files are not counted,
 * because a slow client sending or reading them would hold a permit while the server does no work.
 */
class RequestAdmission extends OncePerRequestFilter {

    private static final String[] UNCOUNTED = {"/css/", "/js/", "/images/", "/fonts/", "/vendor/", "/webjars/"};

    private final Semaphore permits;

    RequestAdmission(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String contentType = request.getContentType();
        if (path.contains("/audio/") || (contentType != null && contentType.startsWith("multipart/"))) {
            return true;
        }
        for (String prefix : UNCOUNTED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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
