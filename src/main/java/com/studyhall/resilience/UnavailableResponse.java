package com.studyhall.resilience;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 503 a browser or a script gets while the database is away. The page is plain HTML read once
 * at start-up: rendering a template could need the session, which lives in the database.
 */
class UnavailableResponse {

    /** Seconds a client should wait before trying again: about how long a database restart takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "Studyhall is temporarily unavailable. Your work is saved: what you saved before "
            + "is kept, and the page you came from still holds what you just sent. Try again in a moment.";

    private final String page;

    UnavailableResponse() {
        try {
            page = new ClassPathResource("pages/unavailable.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsProblem(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service temporarily unavailable\","
                    + "\"status\":503,\"detail\":\"" + DETAIL + "\",\"retryAfterSeconds\":" + RETRY_AFTER_SECONDS + "}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(page);
        }
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
