package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.security.Navigation;
import com.studyhall.web.HtmlWithHoles;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;


@Controller
class SectionController {

    /**
     * Pages kept: one per section and visitor (the header names them), a few kilobytes each, since
     * the study part in the middle is a hole filled from {@link StudyLayoutHtml}'s own renders.
     */
    private static final int MOST_PAGES_KEPT = 2_000;
    private static final String STUDY = "study";

    private final SectionStudyService sections;
    private final StudyProgressService progress;
    private final StudyLayoutHtml study;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<PageState> pages = new KeptPerState<>(MOST_PAGES_KEPT);

    SectionController(SectionStudyService sections, StudyProgressService progress, StudyLayoutHtml study,
                      KeptHtml kept, Navigation navigation) {
        this.sections = sections;
        this.progress = progress;
        this.study = study;
        this.kept = kept;
        this.navigation = navigation;
    }

    @GetMapping("/courses/{course}/{section}")
    ModelAndView section(@PathVariable String course, @PathVariable String section,
                         @AuthenticationPrincipal StudyhallUser user, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        SectionPage page = sections.page(course, section, Viewer.of(user));
        model.addAttribute("page", page);
        if (!page.unlocked()) {
            return new ModelAndView("study/section", model.asMap());
        }
        LearnerState learner = !page.preview() && user != null ? progress.learnerState(user.getId(), page.sectionId()) : null;
        model.addAttribute("learner", learner);
        String studyHtml = study.of(page, learner, request, response);
        // Around the study part the page shows only the section's place and the visitor's header:
        // it is rendered once per those and the content snapshot, with the study part as a hole.
        model.addAttribute("studyHtml", HtmlWithHoles.marker(STUDY));
        return new ModelAndView(kept.page(pages, new PageState(StudyLayoutHtml.withoutContents(page), navigation.current()),
                page.contents(), "study/section", model::asMap, name -> STUDY.equals(name) ? studyHtml : "",
                request, response));
    }

    /** What the page shows around its study part besides the content: the section's place and the visitor. */
    private record PageState(SectionPage page, Navigation.State visitor) {
    }
}
