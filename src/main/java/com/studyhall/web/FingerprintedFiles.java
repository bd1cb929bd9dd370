package com.studyhall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.regex.Pattern;

/**
 * Browser caching for static files. A fingerprinted address ({@code app-<md5 of the content>.css},
 * as templates link them) names one content forever, so the browser keeps it a year without asking
 * again; a plain address may change with the next deploy, so the browser asks each time (and gets
 * 304 Not Modified while it holds the current file).
 */
class FingerprintedFiles implements HandlerInterceptor {

    static final String FOREVER = "max-age=31536000, public, immutable";
    static final String ASK_EACH_TIME = "no-cache";

    private static final Pattern FINGERPRINT = Pattern.compile("-[0-9a-f]{32}\\.[^/]+$");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean fingerprinted = FINGERPRINT.matcher(request.getRequestURI()).find();
        response.setHeader(HttpHeaders.CACHE_CONTROL, fingerprinted ? FOREVER : ASK_EACH_TIME);
        return true;
    }
}
