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
    private final StudyProgressService progress;

    SectionController(SectionStudyService sections, StudyProgressService progress) {
        this.sections = sections;
        this.progress = progress;
    }

    @GetMapping("/courses/{course}/{section}")
    String section(@PathVariable String course, @PathVariable String section,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        SectionPage page = sections.page(course, section, Viewer.of(user));
        model.addAttribute("page", page);
        if (page.unlocked() && !page.preview() && user != null) {
            model.addAttribute("learner", learner(user.getId(), page.sectionId()));
        }
        return "study/section";
    }

    private LearnerState learner(long userId, long sectionId) {
        return progress.learnerState(userId, sectionId);
    }
}
