package com.studyhall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses an upload larger than {@link UploadLimit} before anything reads its body, with the
 * "file too large" page (413).
 * <p>
 * It sits in the security chain before the CSRF check on purpose: that check reads the form's
 * {@code _csrf} field, which makes the container parse the multipart body; past the limit the
 * parse fails, the token reads as missing and the editor would get a 403 instead. Refusing by the
 * declared length changes nothing, so it needs no token. The page is drawn by a forward as a plain
 * GET without a body ({@link UploadLimitController}); Tomcat then reads and drops the rest of the
 * upload ({@code server.tomcat.max-swallow-size}), so the browser gets the page, not a reset.
 * An upload without a declared length (chunked; browsers never send forms so) still meets the
 * container's limit and {@code UploadLimitAdvice}.
 */
public class UploadLimitFilter extends OncePerRequestFilter {

    public static final String PAGE = "/upload-too-large";

    private final UploadLimit limit;

    public UploadLimitFilter(UploadLimit limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= limit.getBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
    }

    /** The refused request as a GET with no body, so nothing down the line tries to read the upload. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }
    }
}
