package com.studyhall.accounts;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignupController {

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;

    SignupController(AccountService accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
    }

    @InitBinder("signupForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "password");
    }

    @GetMapping("/signup")
    String signupPage(Model model) {
        model.addAttribute("signupForm", new SignupForm());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute SignupForm signupForm, BindingResult result,
                  RedirectAttributes redirect) {
        passwordPolicy.problemWith(signupForm.getPassword())
                .ifPresent(problem -> result.rejectValue("password", "password.policy", problem));
        if (result.hasErrors()) {
            signupForm.setPassword("");
            return "accounts/signup";
        }
        try {
            accounts.signUpLearner(signupForm.toNewAccount());
        } catch (EmailTakenException e) {
            result.rejectValue("email", "email.taken",
                    "An account with this email already exists. Log in instead.");
            signupForm.setPassword("");
            return "accounts/signup";
        }
        redirect.addFlashAttribute("signedUpEmail", UserAccount.normalizeEmail(signupForm.getEmail()));
        return "redirect:/login?signedUp";
    }
}
