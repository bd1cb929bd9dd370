package com.studyhall.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Objects;

/** Choosing a new password: required after a one-time password, open to everyone signed in. */
@Controller
class PasswordController {

    private final AccountService accounts;
    private final PasswordPolicy policy;

    PasswordController(AccountService accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("required", accounts.status(user.getId()).map(AccountStatus::passwordChangeRequired).orElse(false));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String confirm, @AuthenticationPrincipal StudyhallUser user,
                  Model model, RedirectAttributes redirect) {
        String problem = policy.problemWith(password)
                .orElse(Objects.equals(password, confirm) ? null : "The two new passwords differ.");
        if (problem == null && !accounts.changePassword(user.getId(), current, password)) {
            problem = "The current password is not right.";
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            return form(user, model);
        }
        redirect.addFlashAttribute("notice", "Your new password is saved.");
        return "redirect:/my";
    }
}
