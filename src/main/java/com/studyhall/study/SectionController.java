package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SectionController {

    private final SectionStudyService sections;

    SectionController(SectionStudyService sections) {
        this.sections = sections;
    }

    @GetMapping("/courses/{course}/{section}")
    String section(@PathVariable String course, @PathVariable String section,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("page", sections.page(course, section, Viewer.of(user)));
        return "study/section";
    }
}
