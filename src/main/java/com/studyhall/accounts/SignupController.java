package com.studyhall.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.Optional;

@Controller
class SignupController {

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final SignupThrottle throttle;

    SignupController(AccountService accounts, PasswordPolicy passwordPolicy, SignupThrottle throttle) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
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
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        passwordPolicy.problemWith(signupForm.getPassword())
                .ifPresent(problem -> result.rejectValue("password", "password.policy", problem));
        if (result.hasErrors()) {
            signupForm.setPassword("");
            return "accounts/signup";
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBefore(address);
        if (wait.isPresent()) {
            // The same answer whether the email is new or taken: nothing to learn from a loop.
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            result.reject("signup.throttled", "Too many sign-ups from your network in the last "
                    + SignupThrottle.WINDOW_MINUTES + " minutes. Please try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
            signupForm.setPassword("");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "accounts/signup";
        }
        throttle.record(address);
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
