package com.studyhall.gradebook;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.assessment.EssayGrading;
import com.studyhall.assessment.GradingRefusedException;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Viewer;
import com.studyhall.resilience.FormSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** The grading queue of a course's essay answers, and the page that grades one, for its owner and admins. */
@Controller
@RequestMapping("/studio/courses/{course}/gradebook")
class EssayGradingController {

    private final CatalogService catalog;
    private final EssayGrading grading;
    private final UserAccountRepository users;
    private final FormSubmissions forms;

    EssayGradingController(CatalogService catalog, EssayGrading grading, UserAccountRepository users, FormSubmissions forms) {
        this.catalog = catalog;
        this.grading = grading;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping("/essays")
    String queue(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        Course managed = managed(course, Viewer.of(user));
        var waiting = grading.waiting(managed.getId());
        Map<Long, String> names = users.findAllById(waiting.stream().map(EssayGrading.Essay::learnerId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        model.addAttribute("course", managed);
        model.addAttribute("waiting", waiting);
        model.addAttribute("names", names);
        return "gradebook/essays";
    }

    @GetMapping("/attempts/{attempt}/essays/{position}")
    String essay(@PathVariable String course, @PathVariable long attempt, @PathVariable int position,
                 @AuthenticationPrincipal StudyhallUser user, Model model) {
        Course managed = managed(course, Viewer.of(user));
        var essay = grading.essay(managed.getId(), attempt, position);
        model.addAttribute("essayGradeForm", EssayGradeForm.of(essay.awardedPoints(), essay.feedback()));
        return essayPage(managed, essay, model);
    }

    @PostMapping("/attempts/{attempt}/essays/{position}")
    String grade(@PathVariable String course, @PathVariable long attempt, @PathVariable int position,
                 @Valid EssayGradeForm essayGradeForm, BindingResult errors, @AuthenticationPrincipal StudyhallUser user,
                 Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return forms.once(request, user.getId(), () -> {
            Course managed = managed(course, Viewer.of(user));
            var essay = grading.essay(managed.getId(), attempt, position);
            BigDecimal score = errors.hasFieldErrors("score") ? null : essayGradeForm.scoreValue();
            if (!errors.hasFieldErrors("score")) {
                String wrong = score == null ? "must be a number, such as 2 or 2.5" : EssayGrading.scoreProblem(score, essay.points());
                if (wrong != null) {
                    errors.rejectValue("score", "range", wrong);
                }
            }
            if (!errors.hasErrors()) {
                try {
                    var graded = grading.grade(managed.getId(), attempt, position, score,
                            essayGradeForm.feedbackOrNull(), user.getUsername());
                    redirect.addFlashAttribute("notice", "Graded question " + position + " of attempt "
                            + graded.attemptNumber() + " at " + graded.sectionTitle() + ". " + (graded.scorePercent() == null
                            ? "Other essays of this attempt still await grading."
                            : "The attempt now counts: " + graded.scorePercent() + "%."));
                    return "redirect:/studio/courses/" + course + "/gradebook/essays";
                } catch (GradingRefusedException refused) {
                    errors.reject("refused", refused.getMessage());
                }
            }
            response.setStatus(errors.hasFieldErrors() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            return essayPage(managed, essay, model);
        });
    }

    private String essayPage(Course course, EssayGrading.Essay essay, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("essay", essay);
        model.addAttribute("learner", users.findById(essay.learnerId()).map(UserAccount::getDisplayName).orElse("A learner"));
        return "gradebook/essay";
    }

    private Course managed(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course)) {
            throw new AccessDeniedException("Only the course's owner and admins grade its essays");
        }
        return course;
    }
}
