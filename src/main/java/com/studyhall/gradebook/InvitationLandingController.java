package com.studyhall.gradebook;

import com.studyhall.accounts.StudyhallUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where an invitation's link leads: which course, for which address, and the sign-up form with
 * that address filled in. Open to visitors; the token is the only key.
 */
@Controller
class InvitationLandingController {

    private final Invitations invitations;

    InvitationLandingController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String landing(@PathVariable String token, @AuthenticationPrincipal StudyhallUser user, Model model,
                   HttpServletResponse response) {
        model.addAttribute("signedIn", user != null);
        // The token is in the address: keep it out of the Referer header of the next click.
        response.setHeader("Referrer-Policy", "no-referrer");
        invitations.landing(token).ifPresentOrElse(landing -> model.addAttribute("invitation", landing),
                () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        return "gradebook/invitation";
    }
}
