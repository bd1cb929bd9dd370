package com.studyhall.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.Optional;

@Controller
class SignupController {

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final SignupThrottle throttle;
    private final SignInAfterSignup signIn;

    SignupController(AccountService accounts, PasswordPolicy passwordPolicy, SignupThrottle throttle,
                     SignInAfterSignup signIn) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.signIn = signIn;
    }

    @InitBinder("signupForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "password");
    }

    @GetMapping("/signup")
    String signupPage(@RequestParam(name = "next", required = false) String next,
                      @RequestParam(name = "email", required = false) String email, Model model) {
        var form = new SignupForm();
        // An invitation's link fills in the invited address; the person may still change it.
        if (email != null && email.length() <= EmailAddresses.MAX_LENGTH) {
            form.setEmail(email.strip());
        }
        model.addAttribute("signupForm", form);
        ReturnPath.of(next).ifPresent(path -> model.addAttribute("next", path));
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute SignupForm signupForm, BindingResult result,
                  @RequestParam(name = "next", required = false) String next, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> returnPath = ReturnPath.of(next);
        returnPath.ifPresent(path -> model.addAttribute("next", path));
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
        String email = UserAccount.normalizeEmail(signupForm.getEmail());
        try {
            signIn.signIn(email, signupForm.getPassword(), request, response);
        } catch (AuthenticationException e) {
            // The account exists; only the automatic sign-in failed (a login throttle, say): the
            // login page with the email filled in is the honest next step.
            redirect.addFlashAttribute("signedUpEmail", email);
            return "redirect:/login?signedUp";
        }
        String destination = returnPath.orElse("/my");
        redirect.addFlashAttribute("notice", "Welcome to Studyhall, " + signupForm.getDisplayName().strip()
                + ". Your account is ready and you are signed in."
                + (destination.startsWith("/courses/") ? " Enroll below to start the course." : ""));
        return "redirect:" + destination;
    }
}
