package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
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
import org.springframework.web.servlet.ModelAndView;

@Controller
class MyLearningController {

    /**
     * Frames kept: one per visitor (the header names them), a few kilobytes each. The learner's
     * part in the middle is a hole filled from {@link MyLearningHtml}'s renders, kept per state: the
     * layout around it went through Thymeleaf on every visit, a third of the page's time
     * (docs/benchmarks.md).
     */
    private static final int MOST_FRAMES_KEPT = 2_000;
    private static final String MINE = "mine";

    private final MyLearningPage page;
    private final MyLearningHtml html;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<Navigation.State> frames = new KeptPerState<>(MOST_FRAMES_KEPT);

    MyLearningController(MyLearningPage page, MyLearningHtml html, KeptHtml kept, Navigation navigation) {
        this.page = page;
        this.html = html;
        this.kept = kept;
        this.navigation = navigation;
    }

    @GetMapping("/my")
    ModelAndView myLearning(@AuthenticationPrincipal StudyhallUser user, Model model,
                            HttpServletRequest request, HttpServletResponse response) {
        String mine = html.of(page.of(user.getId()), request, response);
        model.addAttribute("myHtml", HtmlWithHoles.marker(MINE));
        return new ModelAndView(kept.page(frames, navigation.current(), KeptPerState.NO_SNAPSHOT, "study/my",
                model::asMap, name -> MINE.equals(name) ? mine : "", request, response));
    }
}
