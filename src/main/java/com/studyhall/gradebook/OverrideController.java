package com.studyhall.gradebook;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.accounts.UserAccount;
import com.studyhall.assessment.LearnerOverrides;
import com.studyhall.assessment.ReopenRefusedException;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Viewer;
import com.studyhall.resilience.FormSubmissions;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One learner's exceptions to a test's settings, set by the course's owner or an admin: extra
 * attempts and minutes, and a closed attempt reopened until a new deadline. Every change is
 * written to the audit log, which the learner's gradebook page shows as its history.
 */
@Controller
@RequestMapping("/studio/courses/{course}/gradebook/learners/{learner}")
class OverrideController {

    static final Duration LONGEST_REOPENING = Duration.ofDays(366);

    private final LearnerRoster roster;
    private final LearnerOverrides overrides;
    private final AuditLog audit;
    private final FormSubmissions forms;
    private final Clock clock;

    OverrideController(LearnerRoster roster, LearnerOverrides overrides, AuditLog audit, FormSubmissions forms, Clock clock) {
        this.roster = roster;
        this.overrides = overrides;
        this.audit = audit;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/tests/{test}/override")
    String overrideForm(@PathVariable String course, @PathVariable long learner, @PathVariable long test,
                        @AuthenticationPrincipal StudyhallUser user, Model model) {
        Course managed = roster.withLearner(course, learner, Viewer.of(user));
        var current = overrides.current(managed.getId(), test, learner);
        model.addAttribute("overrideForm", OverrideForm.of(current.allowance(), current.grant() == null ? null : current.grant().reason()));
        return overridePage(managed, learner, current, model);
    }

    @PostMapping("/tests/{test}/override")
    String override(@PathVariable String course, @PathVariable long learner, @PathVariable long test,
                    @Valid OverrideForm overrideForm, BindingResult errors, @AuthenticationPrincipal StudyhallUser user,
                    Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return forms.once(request, user.getId(), () -> {
            Course managed = roster.withLearner(course, learner, Viewer.of(user));
            var current = overrides.current(managed.getId(), test, learner);
            if (errors.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return overridePage(managed, learner, current, model);
            }
            var granted = overrides.grant(managed.getId(), test, learner, overrideForm.toAllowance(),
                    overrideForm.reasonOrNull(), user.getUsername());
            UserAccount person = roster.learner(learner);
            audit.record(AuditKind.OVERRIDE_GRANTED, person.getEmail(),
                    history(course, granted.sectionTitle(), granted.allowance().describe(), overrideForm.reasonOrNull()));
            redirect.addFlashAttribute("notice", person.getDisplayName() + " now has " + granted.allowance().describe()
                    + " on " + granted.sectionTitle() + ".");
            return learnerPage(course, learner);
        });
    }

    @GetMapping("/attempts/{attempt}/reopen")
    String reopenForm(@PathVariable String course, @PathVariable long learner, @PathVariable long attempt,
                      @AuthenticationPrincipal StudyhallUser user, Model model) {
        Course managed = roster.withLearner(course, learner, Viewer.of(user));
        model.addAttribute("reopenForm", ReopenForm.until(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS)));
        return reopenPage(managed, learner, attempt, model);
    }

    @PostMapping("/attempts/{attempt}/reopen")
    String reopen(@PathVariable String course, @PathVariable long learner, @PathVariable long attempt,
                  @Valid ReopenForm reopenForm, BindingResult errors, @AuthenticationPrincipal StudyhallUser user,
                  Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return forms.once(request, user.getId(), () -> {
            Course managed = roster.withLearner(course, learner, Viewer.of(user));
            if (!errors.hasFieldErrors("deadline")) {
                checkDeadline(reopenForm.deadlineInstant(), errors);
            }
            if (!errors.hasErrors()) {
                try {
                    var reopened = overrides.reopen(managed.getId(), learner, attempt, reopenForm.deadlineInstant());
                    UserAccount person = roster.learner(learner);
                    String until = com.studyhall.assessment.Times.shown(reopened.deadline());
                    audit.record(AuditKind.ATTEMPT_REOPENED, person.getEmail(), history(course, reopened.sectionTitle(),
                            "attempt " + reopened.attemptNumber() + " open until " + until, reopenForm.reasonOrNull()));
                    redirect.addFlashAttribute("notice", "Attempt " + reopened.attemptNumber() + " at "
                            + reopened.sectionTitle() + " is open for " + person.getDisplayName() + " until " + until + ".");
                    return learnerPage(course, learner);
                } catch (ReopenRefusedException refused) {
                    errors.reject("refused", refused.getMessage());
                }
            }
            response.setStatus(errors.hasFieldErrors() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            return reopenPage(managed, learner, attempt, model);
        });
    }

    private void checkDeadline(Instant deadline, BindingResult errors) {
        Instant now = clock.instant();
        if (!deadline.isAfter(now)) {
            errors.rejectValue("deadline", "past", "must be in the future");
        } else if (deadline.isAfter(now.plus(LONGEST_REOPENING))) {
            errors.rejectValue("deadline", "far", "must be within a year from now");
        }
    }

    private String overridePage(Course course, long learner, LearnerOverrides.TestGrant grant, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("learner", roster.learner(learner));
        model.addAttribute("grant", grant);
        return "gradebook/override";
    }

    private String reopenPage(Course course, long learner, long attempt, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("learner", roster.learner(learner));
        model.addAttribute("attempt", overrides.attemptOf(course.getId(), learner, attempt));
        return "gradebook/reopen";
    }

    private static String learnerPage(String course, long learner) {
        return "redirect:/studio/courses/" + course + "/gradebook/learners/" + learner;
    }

    /** The audit detail, starting with the course so the learner's page can pick this course's changes. */
    static String history(String course, String test, String change, String reason) {
        String detail = course + " · " + test + ": " + change;
        if (reason != null) {
            detail += " — " + reason;
        }
        return detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }
}
