package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MyLearningController {

    private final MyLearningPage page;

    MyLearningController(MyLearningPage page) {
        this.page = page;
    }

    @GetMapping("/my")
    String myLearning(@AuthenticationPrincipal StudyhallUser user, Model model) {
        MyLearningPage.View view = page.of(user.getId());
        model.addAttribute("courses", view.courses());
        model.addAttribute("progress", view.progress());
        model.addAttribute("queue", view.queue());
        model.addAttribute("unavailable", view.unavailable());
        model.addAttribute("goneSections", view.goneSections());
        model.addAttribute("goal", view.goal());
        return "study/my";
    }
}
