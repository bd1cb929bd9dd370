package com.studyhall.gradebook;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The enrolled learners of a course: unenroll, invite by email address, and the pending invitations. */
@Controller
@RequestMapping("/studio/courses/{course}/learners")
class LearnersController {

    static final String PAGE = "gradebook/learners";

    private final GradebookService gradebooks;
    private final LearnerRoster roster;
    private final Invitations invitations;
    private final AuditLog audit;

    LearnersController(GradebookService gradebooks, LearnerRoster roster, Invitations invitations, AuditLog audit) {
        this.gradebooks = gradebooks;
        this.roster = roster;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping
    String learners(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        Viewer viewer = Viewer.of(user);
        model.addAttribute("book", gradebooks.gradebook(course, viewer, GradebookQuery.of(null, null, "enrolled", null)));
        model.addAttribute("pending", invitations.pendingIn(course, viewer));
        return PAGE;
    }

    /**
     * Enrolls the addresses that have accounts and invites the others. The new sign-up links are
     * shown on this response only (not put in a redirect's session), like a one-time password.
     */
    @PostMapping("/invite")
    String invite(@PathVariable String course, @RequestParam(defaultValue = "") String addresses,
                  @AuthenticationPrincipal StudyhallUser user, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("outcome", invitations.invite(course, addresses, Viewer.of(user), user.getUsername()));
            model.addAttribute("linkBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        } catch (InvalidAddressesException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("inviteProblem", refused.getMessage());
            model.addAttribute("addresses", addresses.length() > Invitations.MAX_CHARACTERS ? "" : addresses);
        }
        return learners(course, user, model);
    }

    @PostMapping("/invitations/{invitation}/revoke")
    String revoke(@PathVariable String course, @PathVariable long invitation,
                  @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        String email = invitations.revoke(course, invitation, Viewer.of(user));
        redirect.addFlashAttribute("notice", "The invitation of " + email + " is withdrawn; its link no longer works.");
        return "redirect:/studio/courses/" + course + "/learners";
    }

    /** Ends an enrollment; the learner's marks, cards and attempts stay, and come back if they enroll again. */
    @PostMapping("/{learner}/unenroll")
    String unenroll(@PathVariable String course, @PathVariable long learner,
                    @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        String name = roster.unenroll(course, learner, Viewer.of(user));
        audit.record(AuditKind.LEARNER_UNENROLLED, name + " (id " + learner + ")", "from " + course);
        redirect.addFlashAttribute("notice", name + " is no longer enrolled. Their progress is kept.");
        return "redirect:/studio/courses/" + course + "/learners";
    }
}
