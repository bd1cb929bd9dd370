package com.studyhall.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "file too large" page, naming the limit; {@link UploadLimitFilter} forwards refused uploads here. */
@Controller
class UploadLimitController {

    private final UploadLimit limit;

    UploadLimitController(UploadLimit limit) {
        this.limit = limit;
    }

    @GetMapping(UploadLimitFilter.PAGE)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("limit", limit.getLabel());
        return "error/upload-too-large";
    }
}
