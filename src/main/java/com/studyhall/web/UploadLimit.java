package com.studyhall.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;

/**
 * The largest upload the site takes: the servlet's multipart request limit, so the page that
 * refuses a larger file names the same number the container enforces.
 */
@Component
public class UploadLimit {

    private final long bytes;

    UploadLimit(MultipartProperties multipart) {
        this.bytes = Math.min(multipart.getMaxRequestSize().toBytes(), multipart.getMaxFileSize().toBytes());
    }

    public long getBytes() {
        return bytes;
    }

    /** "100 MB": the limit as the refusal page and the browser-side check say it. */
    public String getLabel() {
        return Math.round(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
