package com.studyhall.assessment;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mock-test pages: start page with history, the attempt sheet, and the review. Works without script. */
@Controller
class TestController {

    static final String LATE = "Time was up before these answers arrived, so they were not saved. "
            + "Your attempt was closed and graded with the answers saved before the deadline.";
    static final String ALREADY_SUBMITTED = "This attempt was already submitted; answers can no longer change.";

    private final TestPages pages;
    private final AttemptService attempts;
    private final FormSubmissions forms;

    TestController(TestPages pages, AttemptService attempts, FormSubmissions forms) {
        this.pages = pages;
        this.attempts = attempts;
        this.forms = forms;
    }

    @GetMapping("/courses/{course}/{section}/test")
    String overview(@PathVariable String course, @PathVariable String section,
                    @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("test", pages.overview(course, section, Viewer.of(user)));
        return "assessment/start";
    }

    @PostMapping("/courses/{course}/{section}/test")
    String start(@PathVariable String course, @PathVariable String section, @AuthenticationPrincipal StudyhallUser user,
                 HttpServletRequest request) {
        // A replay of this form (after a submit, say) shows the attempt it started, not a new one.
        return forms.once(request, user.getId(),
                () -> "redirect:/attempts/" + attempts.start(course, section, Viewer.of(user)));
    }

    @GetMapping("/attempts/{id}")
    String attempt(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, Model model) {
        AttemptPage page = pages.attempt(id, Viewer.of(user));
        model.addAttribute("attempt", page);
        return page instanceof AttemptSheet ? "assessment/attempt" : "assessment/review";
    }

    /** The sheet posted as a whole: save the answers, and with action=submit also hand it in. */
    @PostMapping("/attempts/{id}")
    String post(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal StudyhallUser user,
                RedirectAttributes redirect, HttpServletRequest request) {
        return forms.once(request, user.getId(), () -> saveOrSubmit(id, action, form, user, redirect));
    }

    private String saveOrSubmit(long id, String action, MultiValueMap<String, String> form, StudyhallUser user,
                                RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user);
        AnswerSaved saved = attempts.saveAnswers(id, viewer, answers(form));
        if (!saved.saved()) {
            redirect.addFlashAttribute("alert", saved.outcome() == AnswerSaved.Outcome.LATE ? LATE : ALREADY_SUBMITTED);
        } else if ("submit".equals(action)) {
            attempts.submit(id, viewer);
            redirect.addFlashAttribute("notice", "Your answers are in. Here is how you did.");
        } else {
            redirect.addFlashAttribute("notice", "Your answers are saved.");
        }
        return "redirect:/attempts/" + id;
    }

    @ExceptionHandler(TestLockedException.class)
    String locked(TestLockedException locked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "Enroll in the course to take its mock tests.");
        return "redirect:" + locked.sectionPath();
    }

    @ExceptionHandler(CannotStartException.class)
    String cannotStart(CannotStartException refused, RedirectAttributes redirect,
                       jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("alert", refused.getMessage());
        return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Form fields q1, q2, ... hold the answers by position; checkboxes send one value each. */
    static Map<Integer, List<String>> answers(MultiValueMap<String, String> form) {
        Map<Integer, List<String>> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("q\\d{1,4}")) {
                answers.put(Integer.valueOf(name.substring(1)), values);
            }
        });
        return answers;
    }
}
