package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MyLearningController {

    private final MyLearningPage page;
    private final MyLearningHtml html;

    MyLearningController(MyLearningPage page, MyLearningHtml html) {
        this.page = page;
        this.html = html;
    }

    @GetMapping("/my")
    String myLearning(@AuthenticationPrincipal StudyhallUser user, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("myHtml", html.of(page.of(user.getId()), request, response));
        return "study/my";
    }
}
