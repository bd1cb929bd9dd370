package com.studyhall.authoring;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.assessment.FeedbackTiming;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A section's summary (three levels) and its mock-test settings. */
@Controller
@RequestMapping("/studio/courses/{course}/sections/{section}")
class StudioExtrasController {

    private final SectionExtrasStudio studio;

    StudioExtrasController(SectionExtrasStudio studio) {
        this.studio = studio;
    }

    @ModelAttribute("feedbackTimings")
    FeedbackTiming[] feedbackTimings() {
        return FeedbackTiming.values();
    }

    @GetMapping("/summary")
    String summary(@PathVariable String course, @PathVariable String section, @RequestParam(required = false) Long restore,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("summaryForm", restore == null ? studio.summary(course, section, Editor.of(user))
                : studio.summaryAt(course, section, restore, Editor.of(user)));
        return page(course, section, "studio/summary", user, model);
    }

    @PostMapping("/summary")
    String saveSummary(@PathVariable String course, @PathVariable String section, @Valid SummaryForm summaryForm,
                       BindingResult errors, @AuthenticationPrincipal StudyhallUser user, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                StudioPages.save(() -> {
                    studio.saveSummary(course, section, summaryForm, Editor.of(user));
                    return true;
                });
                redirect.addFlashAttribute("notice", "Summary saved.");
                return "redirect:/studio/courses/" + course + "/sections/" + section + "#summary";
            } catch (EditConflictException conflict) {
                summaryForm.setVersion(conflict.currentVersion());
                StudioPages.showConflict(conflict, model, response);
            }
        }
        studio.summary(course, section, Editor.of(user));
        return page(course, section, "studio/summary", user, model);
    }

    @GetMapping("/test")
    String settings(@PathVariable String course, @PathVariable String section, @RequestParam(required = false) Long restore,
                    @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("settingsForm", restore == null ? studio.settings(course, section, Editor.of(user))
                : studio.settingsAt(course, section, restore, Editor.of(user)));
        model.addAttribute("questionCount", studio.questionCount(course, section, Editor.of(user)));
        return page(course, section, "studio/test", user, model);
    }

    @PostMapping("/test")
    String saveSettings(@PathVariable String course, @PathVariable String section, @Valid SettingsForm settingsForm,
                        BindingResult errors, @AuthenticationPrincipal StudyhallUser user, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        long count = studio.questionCount(course, section, Editor.of(user));
        if (settingsForm.getQuestionsPerAttempt() > count) {
            errors.rejectValue("questionsPerAttempt", "tooMany", "The bank holds only " + count + " questions");
        }
        if (!errors.hasErrors()) {
            try {
                StudioPages.save(() -> {
                    studio.saveSettings(course, section, settingsForm, Editor.of(user));
                    return true;
                });
                redirect.addFlashAttribute("notice", "Test settings saved.");
                return "redirect:/studio/courses/" + course + "/sections/" + section + "#questions";
            } catch (EditConflictException conflict) {
                settingsForm.setVersion(conflict.currentVersion());
                StudioPages.showConflict(conflict, model, response);
            }
        }
        model.addAttribute("questionCount", count);
        return page(course, section, "studio/test", user, model);
    }

    private String page(String course, String section, String view, StudyhallUser user, Model model) {
        model.addAttribute("sectionId", studio.sectionId(course, section, Editor.of(user)));
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        return view;
    }
}
