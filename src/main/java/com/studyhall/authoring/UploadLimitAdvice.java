package com.studyhall.authoring;

import com.studyhall.web.UploadLimit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The upload limit for the studio's pages, and an upload the container refused past its multipart limit without a declared length (the
 * {@code UploadLimitFilter} refuses the others first): the same "file too large" page, not an error 500.
 */
@ControllerAdvice(basePackages = "com.studyhall.authoring")
class UploadLimitAdvice {

    private final UploadLimit limit;

    UploadLimitAdvice(UploadLimit limit) {
        this.limit = limit;
    }

    /** For the upload forms' browser-side check ({@code data-max-bytes}), which names the same limit. */
    @ModelAttribute("uploadLimit")
    UploadLimit uploadLimit() {
        return limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView("error/upload-too-large", java.util.Map.of("limit", limit.getLabel()));
    }
}
