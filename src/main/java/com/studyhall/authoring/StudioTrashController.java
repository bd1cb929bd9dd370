package com.studyhall.authoring;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CourseRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deleting sections and courses, and the trash pages: a course's trash, deleted courses, restore and purge. */
@Controller
class StudioTrashController {

    private final StudioTrash trash;
    private final CourseRepository courses;

    StudioTrashController(StudioTrash trash, CourseRepository courses) {
        this.trash = trash;
        this.courses = courses;
    }

    @PostMapping("/studio/courses/{course}/sections/{section}/delete")
    String deleteSection(@PathVariable String course, @PathVariable String section,
                         @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        trash.trashSection(course, section, Editor.of(user));
        redirect.addFlashAttribute("notice", "Moved the section to the trash. Restore it from the course's trash.");
        return "redirect:/studio/courses/" + course;
    }

    @PostMapping("/studio/courses/{course}/delete")
    String deleteCourse(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user,
                        RedirectAttributes redirect) {
        trash.trashCourse(course, Editor.of(user));
        redirect.addFlashAttribute("notice", "Moved the course to the trash. Restore it from Deleted courses.");
        return "redirect:/studio";
    }

    @GetMapping("/studio/courses/{course}/trash")
    String courseTrash(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("lines", trash.ofCourse(course, Editor.of(user)));
        model.addAttribute("courseSlug", course);
        model.addAttribute("retentionDays", trash.retention().toDays());
        return "studio/trash";
    }

    @GetMapping("/studio/trash")
    String deletedCourses(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("lines", trash.courses(Editor.of(user)));
        model.addAttribute("retentionDays", trash.retention().toDays());
        return "studio/trash";
    }

    @PostMapping("/studio/trash/{id:\\d+}/restore")
    String restore(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        String back = back(trash.entry(id, Editor.of(user)));
        redirect.addFlashAttribute("notice", trash.restore(id, Editor.of(user)));
        return back;
    }

    /** The confirm step: nothing is purged by a GET. */
    @GetMapping("/studio/trash/{id:\\d+}/purge")
    String confirmPurge(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, Model model) {
        TrashEntry entry = trash.entry(id, Editor.of(user));
        model.addAttribute("entry", entry);
        model.addAttribute("what", StudioTrash.describe(entry));
        model.addAttribute("back", back(entry).substring("redirect:".length()));
        return "studio/trash-purge";
    }

    @PostMapping("/studio/trash/{id:\\d+}/purge")
    String purge(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        String back = back(trash.entry(id, Editor.of(user)));
        redirect.addFlashAttribute("notice", trash.purge(id, Editor.of(user)));
        return back;
    }

    private String back(TrashEntry entry) {
        if (entry.isCourse()) {
            return "redirect:/studio/trash";
        }
        return "redirect:/studio/courses/" + courses.findById(entry.getCourseId()).orElseThrow().getSlug() + "/trash";
    }
}
