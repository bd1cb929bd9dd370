package com.studyhall.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.security.Navigation;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
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
    static final String CLOSED = "This attempt is closed: it was submitted or its time is up.";

    /**
     * Start pages and open attempt sheets kept whole, per what they show and the visitor's header: the
     * page's values are all records, so a learner who reloads, or comes back to the sheet, is answered
     * without Thymeleaf, which was two fifths of the sheet's time (docs/benchmarks.md). A sheet's key
     * holds its seconds left, so it is rendered again at most once a second while it is read.
     */
    private static final int MOST_PAGES_KEPT = 1_000;

    private final TestPages pages;
    private final AttemptService attempts;
    private final AttemptBookmarks bookmarks;
    private final FormSubmissions forms;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<PageState> keptPages = new KeptPerState<>(MOST_PAGES_KEPT);

    TestController(TestPages pages, AttemptService attempts, AttemptBookmarks bookmarks, FormSubmissions forms,
                   KeptHtml kept, Navigation navigation) {
        this.pages = pages;
        this.attempts = attempts;
        this.bookmarks = bookmarks;
        this.forms = forms;
        this.kept = kept;
        this.navigation = navigation;
    }

    @GetMapping("/courses/{course}/{section}/test")
    ModelAndView overview(@PathVariable String course, @PathVariable String section,
                          @AuthenticationPrincipal StudyhallUser user, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        TestOverview test = pages.overview(course, section, Viewer.of(user));
        model.addAttribute("test", test);
        return keptWhole(test, "assessment/start", model, request, response);
    }

    @PostMapping("/courses/{course}/{section}/test")
    String start(@PathVariable String course, @PathVariable String section, @AuthenticationPrincipal StudyhallUser user,
                 HttpServletRequest request) {
        // A replay of this form (after a submit, say) shows the attempt it started, not a new one.
        return forms.once(request, user.getId(),
                () -> "redirect:/attempts/" + attempts.start(course, section, Viewer.of(user)));
    }

    @GetMapping("/attempts/{id}")
    ModelAndView attempt(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        AttemptPage page = pages.attempt(id, Viewer.of(user));
        model.addAttribute("attempt", page);
        return page instanceof AttemptSheet sheet ? keptWhole(sheet, "assessment/attempt", model, request, response)
                : new ModelAndView("assessment/review", model.asMap());
    }

    private ModelAndView keptWhole(Record shown, String template, Model model,
                                   HttpServletRequest request, HttpServletResponse response) {
        return new ModelAndView(kept.page(keptPages, new PageState(shown, navigation.current()), KeptPerState.NO_SNAPSHOT,
                template, model::asMap, request, response));
    }

    /** Everything a kept test page shows: its own values (a record of records) and the visitor's header. */
    private record PageState(Record shown, Navigation.State visitor) {
    }

    /** Before submitting: every question with its state, links back, and the final Submit. */
    @GetMapping("/attempts/{id}/summary")
    String summary(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, Model model) {
        AttemptPage page = pages.attempt(id, Viewer.of(user));
        if (!(page instanceof AttemptSheet)) {
            return "redirect:/attempts/" + id;
        }
        model.addAttribute("attempt", page);
        return "assessment/summary";
    }

    /**
     * The sheet posted as a whole: save the answers, then, by {@code action}, stay (save), go to the
     * summary before submitting (summary), or hand it in (submit). A {@code flag} button ("3:on",
     * "3:off") flags a question for later and comes back to it. The page's script adds {@code seq}.
     */
    @PostMapping("/attempts/{id}")
    String post(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam(required = false) String flag, @RequestParam(required = false) Long seq,
                @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal StudyhallUser user,
                RedirectAttributes redirect, HttpServletRequest request) {
        FlagChange flagChange = flag == null ? null : FlagChange.parse(flag);
        return forms.once(request, user.getId(), () -> saveOrSubmit(id, action, flagChange, seq, form, user, redirect));
    }

    private String saveOrSubmit(long id, String action, FlagChange flag, Long seq, MultiValueMap<String, String> form,
                                StudyhallUser user, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user);
        AnswerSaved saved = attempts.saveAnswers(id, viewer, answers(form), seq);
        if (!saved.saved()) {
            redirect.addFlashAttribute("alert", saved.outcome() == AnswerSaved.Outcome.LATE ? LATE : ALREADY_SUBMITTED);
        } else if (flag != null) {
            bookmarks.flag(id, viewer, flag.position(), flag.flagged());
            return "redirect:/attempts/" + id + "#question-" + flag.position();
        } else if ("submit".equals(action)) {
            attempts.submit(id, viewer);
            redirect.addFlashAttribute("notice", "Your answers are in. Here is how you did.");
        } else if ("summary".equals(action)) {
            return "redirect:/attempts/" + id + "/summary";
        } else {
            redirect.addFlashAttribute("notice", "Your answers are saved.");
        }
        return "redirect:/attempts/" + id;
    }

    /** A flag button's value: the question's position and the state it asks for, "3:on" or "3:off". */
    record FlagChange(int position, boolean flagged) {

        static FlagChange parse(String value) {
            if (!value.matches("\\d{1,4}:(on|off)")) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "A flag is a question number and on or off.");
            }
            String[] parts = value.split(":");
            return new FlagChange(Integer.parseInt(parts[0]), "on".equals(parts[1]));
        }
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
