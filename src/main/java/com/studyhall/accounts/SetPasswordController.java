package com.studyhall.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Objects;

/**
 * The page a set-password link opens: choose a password under the policy, once. A used, expired
 * or unknown link gets a page that says which and what to do (ask the admin for a new link).
 */
@Controller
class SetPasswordController {

    static final String PATH = "/password/set/{token}";

    private final PasswordSetLinks links;
    private final PasswordPolicy policy;

    SetPasswordController(PasswordSetLinks links, PasswordPolicy policy) {
        this.links = links;
        this.policy = policy;
    }

    @GetMapping(PATH)
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, links.state(token), model, response);
    }

    @PostMapping(PATH)
    String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
               @RequestParam(defaultValue = "") String confirm, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        PasswordSetLinks.State state = links.state(token);
        if (state != PasswordSetLinks.State.VALID) {
            return page(token, state, model, response);
        }
        String problem = policy.problemWith(password)
                .orElse(Objects.equals(password, confirm) ? null : "The two passwords differ.");
        if (problem != null) {
            model.addAttribute("problem", problem);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(token, state, model, response);
        }
        String email = links.emailFor(token).orElse("");
        PasswordSetLinks.State outcome = links.setPassword(token, password);
        if (outcome != PasswordSetLinks.State.VALID) {
            return page(token, outcome, model, response);
        }
        redirect.addFlashAttribute("signedUpEmail", email);
        redirect.addFlashAttribute("notice", "Your password is set. Sign in with it now.");
        return "redirect:/login";
    }

    private String page(String token, PasswordSetLinks.State state, Model model, HttpServletResponse response) {
        // The token is in the address: keep it out of any Referer header a later click would send.
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("state", state.name());
        model.addAttribute("token", token);
        links.emailFor(token).ifPresent(email -> model.addAttribute("email", email));
        switch (state) {
            case USED -> response.setStatus(HttpStatus.GONE.value());
            case EXPIRED -> response.setStatus(HttpStatus.GONE.value());
            case UNKNOWN -> response.setStatus(HttpStatus.NOT_FOUND.value());
            case VALID -> { }
        }
        return "accounts/set-password";
    }
}
