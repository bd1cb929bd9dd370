package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.study.SpeakerRole;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/** Audio-lesson parts: title, key takeaway, transcript turns and the recording. */
@Controller
@RequestMapping("/studio/courses/{course}/sections/{section}/lessons")
class StudioLessonController {

    private final LessonStudio studio;
    private final FormSubmissions forms;

    StudioLessonController(LessonStudio studio, FormSubmissions forms) {
        this.studio = studio;
        this.forms = forms;
    }

    @ModelAttribute("roles")
    SpeakerRole[] roles() {
        return SpeakerRole.values();
    }

    @GetMapping("/new")
    String newPart(@PathVariable String course, @PathVariable String section, @AuthenticationPrincipal StudyhallUser user,
                   Model model) {
        model.addAttribute("lessonPartForm", new LessonPartForm().withBlankRows());
        return page(course, section, null, null, user, model);
    }

    @PostMapping
    String create(@PathVariable String course, @PathVariable String section, @ModelAttribute LessonPartForm lessonPartForm,
                  BindingResult errors, @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletRequest request) {
        return forms.once(request, user.getId(),
                () -> createOnce(course, section, lessonPartForm, errors, user, model, redirect));
    }

    private String createOnce(String course, String section, LessonPartForm lessonPartForm, BindingResult errors,
                              StudyhallUser user, Model model, RedirectAttributes redirect) {
        lessonPartForm.validate(errors);
        if (errors.hasErrors()) {
            return page(course, section, null, null, user, model);
        }
        long id = studio.create(course, section, lessonPartForm, Editor.of(user));
        redirect.addFlashAttribute("notice", "Lesson part added. You can upload its recording here.");
        return "redirect:/studio/courses/" + course + "/sections/" + section + "/lessons/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable String course, @PathVariable String section, @PathVariable long id,
                @RequestParam(required = false) Long restore, @AuthenticationPrincipal StudyhallUser user, Model model) {
        var editing = restore == null ? studio.part(course, section, id, Editor.of(user))
                : studio.partAt(course, section, id, restore, Editor.of(user));
        model.addAttribute("lessonPartForm", editing.form().withBlankRows());
        return page(course, section, id, editing.audioContentType(), user, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable String course, @PathVariable String section, @PathVariable long id,
                  @ModelAttribute LessonPartForm lessonPartForm, BindingResult errors,
                  @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        lessonPartForm.validate(errors);
        if (!errors.hasErrors()) {
            try {
                StudioPages.save(() -> {
                    studio.update(course, section, id, lessonPartForm, Editor.of(user));
                    return id;
                });
                redirect.addFlashAttribute("notice", "Lesson part saved.");
                return "redirect:/studio/courses/" + course + "/sections/" + section + "#lessons";
            } catch (EditConflictException conflict) {
                lessonPartForm.setVersion(conflict.currentVersion());
                StudioPages.showConflict(conflict, model, response);
            } catch (ItemDeletedException deleted) {
                StudioPages.showDeleted(deleted, "lesson part", model, response);
                lessonPartForm.setTrashedId(id);
                return page(course, section, null, null, user, model);
            }
        }
        return page(course, section, id, studio.part(course, section, id, Editor.of(user)).audioContentType(), user, model);
    }

    @PostMapping("/{id:\\d+}/audio")
    String upload(@PathVariable String course, @PathVariable String section, @PathVariable long id,
                  @RequestParam("file") MultipartFile file, @AuthenticationPrincipal StudyhallUser user,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new AudioRejectedException("Choose a recording to upload.");
            }
            AudioFormat format = studio.attachAudio(course, section, id, file.getInputStream(), Editor.of(user));
            redirect.addFlashAttribute("notice", "Recording uploaded (" + format + ").");
        } catch (AudioRejectedException rejected) {
            redirect.addFlashAttribute("uploadError", rejected.getMessage());
        }
        return "redirect:/studio/courses/" + course + "/sections/" + section + "/lessons/" + id;
    }

    private String page(String course, String section, Long id, String audio, StudyhallUser user, Model model) {
        studio.requireSection(course, section, Editor.of(user));
        model.addAttribute("courseSlug", course);
        model.addAttribute("sectionSlug", section);
        model.addAttribute("itemId", id);
        model.addAttribute("audioContentType", audio);
        return "studio/lesson";
    }
}
