package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CourseLevel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The studio's home and the course pages: create, edit, publish, history. */
@Controller
class StudioCourseController {

    private final CourseStudio studio;
    private final FormSubmissions forms;
    private final HistoryView historyView;

    StudioCourseController(CourseStudio studio, FormSubmissions forms, HistoryView historyView) {
        this.studio = studio;
        this.forms = forms;
        this.historyView = historyView;
    }

    @ModelAttribute("levels")
    CourseLevel[] levels() {
        return CourseLevel.values();
    }

    @GetMapping("/studio")
    String home(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courses", studio.courses(Editor.of(user)));
        return "studio/home";
    }

    @GetMapping("/studio/courses/new")
    String newCourse(Model model) {
        model.addAttribute("courseForm", new CourseForm());
        return "studio/course-new";
    }

    @PostMapping("/studio/courses")
    String create(@Valid CourseForm courseForm, BindingResult errors, @AuthenticationPrincipal StudyhallUser user,
                  RedirectAttributes redirect, HttpServletRequest request) {
        return forms.once(request, user.getId(), () -> createOnce(courseForm, errors, user, redirect));
    }

    private String createOnce(CourseForm courseForm, BindingResult errors, StudyhallUser user,
                              RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "studio/course-new";
        }
        try {
            String slug = studio.create(courseForm, Editor.of(user));
            redirect.addFlashAttribute("notice", "Course created as a draft. Add sections, then publish it.");
            return "redirect:/studio/courses/" + slug;
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "taken", taken.getMessage());
            return "studio/course-new";
        }
    }

    @GetMapping("/studio/courses/{course}")
    String course(@PathVariable String course, @RequestParam(required = false) Long restore,
                  @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courseForm", restore == null ? studio.courseForm(course, Editor.of(user))
                : studio.courseFormAt(course, restore, Editor.of(user)));
        return coursePage(course, user, model);
    }

    @PostMapping("/studio/courses/{course}")
    String update(@PathVariable String course, @Valid CourseForm courseForm, BindingResult errors,
                  @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            return coursePage(course, user, model);
        }
        try {
            String slug = StudioPages.save(() -> studio.update(course, courseForm, Editor.of(user)));
            redirect.addFlashAttribute("notice", "Course saved.");
            return "redirect:/studio/courses/" + slug;
        } catch (EditConflictException conflict) {
            courseForm.setVersion(conflict.currentVersion());
            StudioPages.showConflict(conflict, model, response);
        } catch (SlugTakenException taken) {
            errors.rejectValue("slug", "taken", taken.getMessage());
        } catch (UnknownPreviewSectionException unknown) {
            errors.rejectValue("previewSection", "unknown", unknown.getMessage());
        }
        return coursePage(course, user, model);
    }

    @PostMapping("/studio/courses/{course}/publish")
    String publish(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        studio.publishCourse(course, true, Editor.of(user));
        redirect.addFlashAttribute("notice", "Course published: learners find it in the catalog.");
        return "redirect:/studio/courses/" + course;
    }

    @PostMapping("/studio/courses/{course}/unpublish")
    String unpublish(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        studio.publishCourse(course, false, Editor.of(user));
        redirect.addFlashAttribute("notice", "Course unpublished: it is a draft again, hidden from learners.");
        return "redirect:/studio/courses/" + course;
    }

    @GetMapping("/studio/courses/{course}/compare")
    String compare(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courseSlug", course);
        model.addAttribute("fields", studio.compareWithPublished(course, Editor.of(user)).orElse(null));
        return "studio/compare";
    }

    @GetMapping("/studio/courses/{course}/history")
    String history(@PathVariable String course, @RequestParam(required = false) String type,
                   @RequestParam(required = false) Long id, @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courseSlug", course);
        model.addAttribute("entity", type == null || id == null ? null : type + " #" + id);
        if (type == null || id == null) {
            model.addAttribute("changes", studio.history(course, null, null, Editor.of(user)));
        } else {
            model.addAttribute("lines", historyView.of(course, type, id, Editor.of(user)));
        }
        return "studio/history";
    }

    private String coursePage(String course, StudyhallUser user, Model model) {
        Editor editor = Editor.of(user);
        model.addAttribute("courseSlug", course);
        model.addAttribute("published", studio.isPublished(course, editor));
        model.addAttribute("sections", studio.sections(course, editor));
        return "studio/course";
    }
}
