package com.studyhall.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/** The account's security page: turning two-factor sign-in on (and, except for admins, off). */
@Controller
class AccountSecurityController {

    private final SecondFactorService secondFactors;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSecurityController(SecondFactorService secondFactors, ApplicationEventPublisher events) {
        this.secondFactors = secondFactors;
        this.events = events;
    }

    @GetMapping("/account/security")
    String securityPage(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("twoFactorOn", secondFactors.isEnabled(user.getId()));
        model.addAttribute("unusedRecoveryCodes", secondFactors.unusedRecoveryCodes(user.getId()));
        model.addAttribute("mayTurnOff", !user.hasRole(Role.ADMIN));
        return "accounts/security";
    }

    @GetMapping("/account/security/totp")
    String setupPage(@AuthenticationPrincipal StudyhallUser user, Model model) {
        if (secondFactors.isEnabled(user.getId())) {
            return "redirect:/account/security";
        }
        String secret = secondFactors.pendingSecret(user.getId());
        String uri = SecondFactorService.otpauthUri(user.getUsername(), secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", uri);
        model.addAttribute("qrCode", QrCodes.svgDataUri(uri));
        return "accounts/totp-setup";
    }

    @PostMapping("/account/security/totp")
    String confirm(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal StudyhallUser user,
                   Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                   RedirectAttributes redirect) {
        var enrollment = secondFactors.confirm(user.getId(), code);
        if (enrollment.isEmpty()) {
            return "redirect:/account/security/totp?error";
        }
        keepThisSession(authentication, user, enrollment.get().sessionGeneration(), request, response);
        redirect.addFlashAttribute("recoveryCodes", enrollment.get().recoveryCodes());
        return "redirect:/account/security";
    }

    /** New recovery codes, shown once, for a code from the app: the old ones stop working. Admins too. */
    @PostMapping("/account/security/recovery-codes")
    String regenerateRecoveryCodes(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal StudyhallUser user,
                                   RedirectAttributes redirect) {
        var codes = secondFactors.regenerateRecoveryCodes(user.getId(), code);
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("notice", "That code did not work, so your recovery codes stay as they were.");
        } else {
            events.publishEvent(new RecoveryCodesRegenerated(user.getId(), user.getUsername()));
            redirect.addFlashAttribute("recoveryCodes", codes.get());
            redirect.addFlashAttribute("newRecoveryCodes", true);
        }
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/totp/off")
    String turnOff(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal StudyhallUser user,
                   RedirectAttributes redirect) {
        if (user.hasRole(Role.ADMIN)) {
            redirect.addFlashAttribute("notice", "Admins must keep two-factor sign-in on.");
        } else if (secondFactors.verify(user.getId(), code)) {
            secondFactors.turnOff(user.getId());
            redirect.addFlashAttribute("notice", "Two-factor sign-in is off.");
        } else {
            redirect.addFlashAttribute("notice", "That code did not work, so two-factor sign-in stays on.");
        }
        return "redirect:/account/security";
    }

    /**
     * Confirming ended every session of the account (one opened with the password alone must not
     * outlive this); this one proved the code, so it moves to the new generation with the factor.
     */
    private void keepThisSession(Authentication old, StudyhallUser user, long generation,
                                 HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(old.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorService.TOTP_FACTOR));
        var current = UsernamePasswordAuthenticationToken.authenticated(
                user.with(user.getAuthorities(), generation), null, authorities);
        current.setDetails(old.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
