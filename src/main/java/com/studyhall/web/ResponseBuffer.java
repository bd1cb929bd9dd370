package com.studyhall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives each response a buffer that holds a whole page, so a page leaves in one write to the
 * socket instead of one per 8 KB (Tomcat's default buffer): the lab page (40 KB) and a section page
 * (85 KB) spent a tenth of their time in those system calls (docs/benchmarks.md). A response larger
 * than the buffer (a download) is still sent as it is written, a buffer at a time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResponseBuffer extends OncePerRequestFilter {

    static final int BYTES = 96 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BYTES);
        chain.doFilter(request, response);
    }
}
