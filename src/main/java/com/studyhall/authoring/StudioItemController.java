package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Chapters, key concepts, examples, memory aids, flashcards and glossary terms: one form each,
 * described by {@link ItemKind}. Moving and deleting serve lesson parts and questions too.
 */
@Controller
@RequestMapping("/studio/courses/{course}/sections/{section}/{kind:chapters|concepts|examples|aids|flashcards|glossary|lessons|questions}")
class StudioItemController {

    private final ContentStudio studio;
    private final FormSubmissions forms;

    StudioItemController(ContentStudio studio, FormSubmissions forms) {
        this.studio = studio;
        this.forms = forms;
    }

    @GetMapping("/new")
    String newItem(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("itemForm", ItemForm.blank(studio.kind(kind)));
        return page(course, section, kind, null, user, model);
    }

    @PostMapping
    String create(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                  @ModelAttribute ItemForm itemForm, BindingResult errors, @AuthenticationPrincipal StudyhallUser user,
                  Model model, RedirectAttributes redirect, HttpServletRequest request) {
        return forms.once(request, user.getId(),
                () -> createOnce(course, section, kind, itemForm, errors, user, model, redirect));
    }

    private String createOnce(String course, String section, String kind, ItemForm itemForm, BindingResult errors,
                              StudyhallUser user, Model model, RedirectAttributes redirect) {
        itemForm.validate(studio.kind(kind), errors);
        if (errors.hasErrors()) {
            return page(course, section, kind, null, user, model);
        }
        studio.createItem(course, section, kind, itemForm, Editor.of(user));
        redirect.addFlashAttribute("notice", "Added the " + studio.kind(kind).singular + ".");
        return sectionRedirect(course, section, kind);
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                @PathVariable long id, @RequestParam(required = false) Long restore,
                @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("itemForm", restore == null ? studio.itemForm(course, section, kind, id, Editor.of(user))
                : studio.itemFormAt(course, section, kind, id, restore, Editor.of(user)));
        return page(course, section, kind, id, user, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                  @PathVariable long id, @ModelAttribute ItemForm itemForm, BindingResult errors,
                  @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        itemForm.validate(studio.kind(kind), errors);
        if (errors.hasErrors()) {
            return page(course, section, kind, id, user, model);
        }
        try {
            StudioPages.save(() -> {
                studio.updateItem(course, section, kind, id, itemForm, Editor.of(user));
                return id;
            });
        } catch (EditConflictException conflict) {
            itemForm.setVersion(conflict.currentVersion());
            StudioPages.showConflict(conflict, model, response);
            return page(course, section, kind, id, user, model);
        } catch (ItemDeletedException deleted) {
            StudioPages.showDeleted(deleted, studio.kind(kind).singular, model, response);
            itemForm.setTrashedId(id);
            return page(course, section, kind, null, user, model);
        }
        redirect.addFlashAttribute("notice", "Saved the " + studio.kind(kind).singular + ".");
        return sectionRedirect(course, section, kind);
    }

    @PostMapping("/{id:\\d+}/move")
    String move(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                @PathVariable long id, @RequestParam boolean up, @AuthenticationPrincipal StudyhallUser user) {
        studio.move(course, section, kind, id, up, Editor.of(user));
        return sectionRedirect(course, section, kind);
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable String course, @PathVariable String section, @PathVariable String kind,
                  @PathVariable long id, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", studio.delete(course, section, kind, id, Editor.of(user)));
        return sectionRedirect(course, section, kind);
    }

    private String page(String course, String section, String kind, Long id, StudyhallUser user, Model model) {
        studio.requireSection(course, section, Editor.of(user));
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        model.addAttribute("kind", studio.kind(kind).view());
        model.addAttribute("itemId", id);
        return "studio/item";
    }

    private static String sectionRedirect(String course, String section, String kind) {
        return "redirect:/studio/courses/" + course + "/sections/" + section + "#" + kind;
    }
}
