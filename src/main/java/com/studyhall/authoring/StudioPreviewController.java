package com.studyhall.authoring;

import com.studyhall.web.MarkdownRenderer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Markdown preview for the studio's editors: the same renderer and sanitizer learners' pages use. */
@Controller
class StudioPreviewController {

    static final int MAX_PREVIEW = 40_000;

    private final MarkdownRenderer markdown;

    StudioPreviewController(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @PostMapping(value = "/studio/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String markdown) {
        String text = markdown.length() > MAX_PREVIEW ? markdown.substring(0, MAX_PREVIEW) : markdown;
        return this.markdown.html(text);
    }
}
