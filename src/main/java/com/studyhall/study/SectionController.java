package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;


@Controller
class SectionController {

    private final SectionStudyService sections;
    private final StudyProgressService progress;
    private final StudyLayoutHtml study;

    SectionController(SectionStudyService sections, StudyProgressService progress, StudyLayoutHtml study) {
        this.sections = sections;
        this.progress = progress;
        this.study = study;
    }

    @GetMapping("/courses/{course}/{section}")
    String section(@PathVariable String course, @PathVariable String section,
                   @AuthenticationPrincipal StudyhallUser user, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        SectionPage page = sections.page(course, section, Viewer.of(user));
        model.addAttribute("page", page);
        if (page.unlocked()) {
            LearnerState learner = !page.preview() && user != null ? learner(user.getId(), page.sectionId()) : null;
            model.addAttribute("learner", learner);
            model.addAttribute("studyHtml", study.of(page, learner, request, response));
        }
        return "study/section";
    }

    private LearnerState learner(long userId, long sectionId) {
        return progress.learnerState(userId, sectionId);
    }
}
