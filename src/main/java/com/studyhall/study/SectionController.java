package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
            model.addAttribute("learner", learner(user.getId(), sections.open(course, section, Viewer.of(user))));
        }
        return "study/section";
    }

    private LearnerState learner(long userId, OpenSection open) {
        Map<MarkKind, Set<Long>> marks = progress.marks(userId, open.sectionId());
        return new LearnerState(marks.getOrDefault(MarkKind.LESSON_PART, Set.of()),
                marks.getOrDefault(MarkKind.CHAPTER, Set.of()), marks.containsKey(MarkKind.SUMMARY),
                progress.summaryLevel(userId), progress.progress(userId, List.of(open.sectionId())).get(open.sectionId()));
    }
}
