package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course's sections in the studio: add, edit, publish, reorder; the section page lists all its content. */
@Controller
@RequestMapping("/studio/courses/{course}/sections")
class StudioSectionController {

    private final CourseStudio studio;
    private final ContentStudio content;
    private final FormSubmissions forms;

    StudioSectionController(CourseStudio studio, ContentStudio content, FormSubmissions forms) {
        this.studio = studio;
        this.content = content;
        this.forms = forms;
    }

    @GetMapping("/new")
    String newSection(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        studio.courseForm(course, Editor.of(user));
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionForm", new SectionForm());
        return "studio/section-new";
    }

    @PostMapping
    String create(@PathVariable String course, @Valid SectionForm sectionForm, BindingResult errors,
                  @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletRequest request) {
        return forms.once(request, user.getId(), () -> createOnce(course, sectionForm, errors, user, model, redirect));
    }

    private String createOnce(String course, SectionForm sectionForm, BindingResult errors, StudyhallUser user,
                              Model model, RedirectAttributes redirect) {
        studio.courseForm(course, Editor.of(user));
        model.addAttribute("courseSlug", course);
        if (errors.hasErrors()) {
            return "studio/section-new";
        }
        try {
            String slug = studio.addSection(course, sectionForm, Editor.of(user));
            redirect.addFlashAttribute("notice", "Section added as a draft.");
            return "redirect:/studio/courses/" + course + "/sections/" + slug;
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "taken", taken.getMessage());
            return "studio/section-new";
        }
    }

    @GetMapping("/{section}")
    String section(@PathVariable String course, @PathVariable String section,
                   @RequestParam(required = false) Long restore,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("sectionForm", restore == null ? studio.sectionForm(course, section, Editor.of(user))
                : studio.sectionFormAt(course, section, restore, Editor.of(user)));
        return sectionPage(course, section, user, model);
    }

    @PostMapping("/{section}")
    String update(@PathVariable String course, @PathVariable String section, @Valid SectionForm sectionForm,
                  BindingResult errors, @AuthenticationPrincipal StudyhallUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return sectionPage(course, section, user, model);
        }
        try {
            String slug = StudioPages.save(() -> studio.updateSection(course, section, sectionForm, Editor.of(user)));
            redirect.addFlashAttribute("notice", "Section saved.");
            return "redirect:/studio/courses/" + course + "/sections/" + slug;
        } catch (EditConflictException conflict) {
            sectionForm.setVersion(conflict.currentVersion());
            StudioPages.showConflict(conflict, model, response);
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "taken", taken.getMessage());
        }
        return sectionPage(course, section, user, model);
    }

    @PostMapping("/{section}/publish")
    String publish(@PathVariable String course, @PathVariable String section,
                   @RequestParam(defaultValue = "true") boolean published,
                   @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        studio.publishSection(course, section, published, Editor.of(user));
        redirect.addFlashAttribute("notice", published ? "Section published." : "Section unpublished: it is a draft again.");
        return "redirect:/studio/courses/" + course + "/sections/" + section;
    }

    @PostMapping("/{section}/move")
    String move(@PathVariable String course, @PathVariable String section, @RequestParam boolean up,
                @AuthenticationPrincipal StudyhallUser user) {
        studio.moveSection(course, section, up, Editor.of(user));
        return "redirect:/studio/courses/" + course + "#sections";
    }

    private String sectionPage(String course, String section, StudyhallUser user, Model model) {
        Editor editor = Editor.of(user);
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        model.addAttribute("section", studio.section(course, section, editor));
        model.addAttribute("outline", content.outline(course, section, editor));
        return "studio/section";
    }
}
