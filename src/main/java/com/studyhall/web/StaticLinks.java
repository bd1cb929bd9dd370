package com.studyhall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a template's link to a static file ({@code @{/css/app.css}}) into its fingerprinted form
 * ({@code /css/app-5f3c….css}, cached for a year), and leaves every other link as written.
 * <p>
 * It takes the place of Spring's {@link ResourceUrlEncodingFilter} (which Spring Boot registers
 * only when no filter of that type exists). Spring's asks the resource handlers about every link a
 * page builds, matching each against every static folder's pattern: on a section page with a few
 * hundred links to other pages that was a large part of rendering (docs/benchmarks.md). Here a link
 * is looked up only when it starts with a static folder, and each file's fingerprint is looked up
 * once: the files inside a running jar do not change.
 * <p>
 * Links to pages are returned unchanged without asking the servlet container, which would only
 * append a session id to them; sessions travel in cookies alone
 * ({@code server.servlet.session.tracking-modes=cookie}).
 */
final class StaticLinks extends ResourceUrlEncodingFilter {

    private final ResourceUrlProvider resources;
    private final List<String> folders;
    private final Map<String, String> fingerprinted = new ConcurrentHashMap<>();

    StaticLinks(ResourceUrlProvider resources, String... folders) {
        this.resources = resources;
        this.folders = Arrays.stream(folders).map(folder -> "/" + folder + "/").toList();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new Links(httpResponse, http.getContextPath()));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The link as a page should carry it. */
    String encode(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        int end = endOfPath(url);
        String path = url.substring(contextPath.length(), end);
        if (!isStaticFile(path)) {
            return url;
        }
        String versioned = fingerprinted.computeIfAbsent(path, this::lookUp);
        return contextPath + versioned + url.substring(end);
    }

    private boolean isStaticFile(String path) {
        for (String folder : folders) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprinted path, or the path itself for a file the handlers do not know. */
    private String lookUp(String path) {
        String versioned = resources.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    private static int endOfPath(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) return fragment < 0 ? url.length() : fragment;
        return fragment < 0 ? query : Math.min(query, fragment);
    }

    private final class Links extends HttpServletResponseWrapper {

        private final String contextPath;

        Links(HttpServletResponse response, String contextPath) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return encode(contextPath, url);
        }
    }
}
