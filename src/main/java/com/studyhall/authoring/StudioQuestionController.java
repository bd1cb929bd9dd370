package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.assessment.QuestionType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Questions of all six types. */
@Controller
@RequestMapping("/studio/courses/{course}/sections/{section}/questions")
class StudioQuestionController {

    private final QuestionStudio studio;
    private final FormSubmissions forms;

    StudioQuestionController(QuestionStudio studio, FormSubmissions forms) {
        this.studio = studio;
        this.forms = forms;
    }

    @ModelAttribute("types")
    QuestionType[] types() {
        return QuestionType.values();
    }

    @GetMapping("/new")
    String newQuestion(@PathVariable String course, @PathVariable String section,
                       @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("questionForm", new QuestionForm().withBlankOptions().withBlankOptions());
        return page(course, section, null, user, model);
    }

    @PostMapping
    String create(@PathVariable String course, @PathVariable String section, @ModelAttribute QuestionForm questionForm,
                  @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletRequest request) {
        return forms.once(request, user.getId(),
                () -> createOnce(course, section, questionForm, user, model, redirect));
    }

    private String createOnce(String course, String section, QuestionForm questionForm, StudyhallUser user,
                              Model model, RedirectAttributes redirect) {
        try {
            studio.create(course, section, questionForm.toBundle(), questionForm.getTrashedId(), Editor.of(user));
        } catch (BundleException invalid) {
            model.addAttribute("problem", invalid.getMessage());
            questionForm.withBlankOptions();
            return page(course, section, null, user, model);
        }
        redirect.addFlashAttribute("notice", "Question added.");
        return "redirect:/studio/courses/" + course + "/sections/" + section + "#questions";
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable String course, @PathVariable String section, @PathVariable long id,
                @RequestParam(required = false) Long restore, @AuthenticationPrincipal StudyhallUser user, Model model) {
        var form = restore == null ? studio.form(course, section, id, Editor.of(user))
                : studio.formAt(course, section, id, restore, Editor.of(user));
        model.addAttribute("questionForm", form.withBlankOptions());
        return page(course, section, id, user, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable String course, @PathVariable String section, @PathVariable long id,
                  @ModelAttribute QuestionForm questionForm, @AuthenticationPrincipal StudyhallUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var outcome = StudioPages.save(() -> studio.update(course, section, id, questionForm, Editor.of(user)));
            redirect.addFlashAttribute("notice", questionForm.isRegrade()
                    ? "Question saved; " + outcome.attempts() + " past attempts regraded, "
                      + outcome.scoresChanged() + " scores changed."
                    : "Question saved. Past attempts keep the version they drew.");
            return "redirect:/studio/courses/" + course + "/sections/" + section + "#questions";
        } catch (BundleException invalid) {
            model.addAttribute("problem", invalid.getMessage());
        } catch (EditConflictException conflict) {
            questionForm.setVersion(conflict.currentVersion());
            StudioPages.showConflict(conflict, model, response);
        } catch (ItemDeletedException deleted) {
            StudioPages.showDeleted(deleted, "question", model, response);
            questionForm.setTrashedId(id);
            questionForm.withBlankOptions();
            return page(course, section, null, user, model);
        }
        questionForm.withBlankOptions();
        return page(course, section, id, user, model);
    }

    private String page(String course, String section, Long id, StudyhallUser user, Model model) {
        studio.requireSection(course, section, Editor.of(user));
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        model.addAttribute("itemId", id);
        if (id != null) {
            model.addAttribute("usage", studio.usage(course, section, id, Editor.of(user)));
            model.addAttribute("computedOutput", studio.computedOutput(course, section, id, Editor.of(user)));
        }
        return "studio/question";
    }
}
