package com.studyhall.admin;

import com.studyhall.accounts.PasswordSetLinks;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The admin's user pages: search, roles, disable and enable. */
@Controller
class AdminUserController {

    private final AdminUserService service;
    private final AuditLog audit;
    private final PasswordSetLinks links;

    AdminUserController(AdminUserService service, AuditLog audit, PasswordSetLinks links) {
        this.service = service;
        this.links = links;
        this.audit = audit;
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/users";
    }

    /** Search with filters: {@code role} one of the roles, {@code status} active or disabled; blank for all. */
    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String role,
                 @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("users", service.search(q, roleFilter(role), statusFilter(status), page));
        return "admin/users";
    }

    private static Role roleFilter(String role) {
        if (role.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "role must be one of "
                        + java.util.Arrays.toString(Role.values())));
    }

    private static Boolean statusFilter(String status) {
        return switch (status) {
            case "" -> null;
            case "active" -> true;
            case "disabled" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be active or disabled");
        };
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("allRoles", List.of(Role.values()));
        return "admin/user-new";
    }

    /**
     * Creates the account and shows its one-time password on this response only: it is not put in
     * the session or a redirect, and only its hash is stored.
     */
    @PostMapping("/admin/users")
    String createUser(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                      @RequestParam(name = "roles", required = false) Set<Role> roles,
                      @RequestParam(defaultValue = "password") String access, Model model) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles;
        boolean withLink = access.equals("link");
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("email", email);
        model.addAttribute("displayName", displayName);
        model.addAttribute("access", withLink ? "link" : "password");
        try {
            var created = service.create(email, displayName, chosen, withLink);
            audit.record(AuditKind.ACCOUNT_CREATED, created.account().getEmail(), "roles " + chosen
                    + (withLink ? ", with a set-password link" : ", with a one-time password"));
            model.addAttribute("created", created);
            model.addAttribute("linkBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        } catch (AdminRuleException refused) {
            model.addAttribute("problem", refused.getMessage());
        }
        return "admin/user-new";
    }

    @GetMapping("/admin/users/{id:\\d+}")
    String user(@PathVariable long id, @AuthenticationPrincipal StudyhallUser me, Model model) {
        model.addAttribute("user", service.user(id));
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("self", me.getId() == id);
        return "admin/user";
    }

    /**
     * A fresh set-password link for someone whose link expired or was lost; older links stop
     * working. Shown on this response only, like a one-time password.
     */
    @PostMapping("/admin/users/{id}/password-link")
    String newPasswordLink(@PathVariable long id, @AuthenticationPrincipal StudyhallUser me, Model model) {
        UserRow target = service.user(id);
        if (me.getId() == id) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Change your own password on the account page.");
        }
        String path = "/password/set/" + links.issue(id);
        audit.record(AuditKind.SET_PASSWORD_LINK_ISSUED, target.email(), "older links no longer work");
        model.addAttribute("passwordLink", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
        return user(id, me, model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
                       @AuthenticationPrincipal StudyhallUser me, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : roles;
        return act(id, redirect, () -> service.changeRoles(me.getId(), id, chosen), "Roles saved for ",
                AuditKind.ROLES_CHANGED, "roles now " + chosen);
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal StudyhallUser me, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.disable(me.getId(), id), "Disabled and logged out: ",
                AuditKind.ACCOUNT_DISABLED, null);
    }

    @PostMapping("/admin/users/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable long id, @AuthenticationPrincipal StudyhallUser me, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.resetTwoFactor(me.getId(), id), "Two-factor sign-in reset and logged out: ",
                AuditKind.TWO_FACTOR_RESET, null);
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.enable(id), "Enabled again: ", AuditKind.ACCOUNT_ENABLED, null);
    }

    /** Makes the change, says so, and writes it to the audit log; a refused change is said and not logged. */
    private String act(long id, RedirectAttributes redirect, Supplier<UserRow> change, String done,
                       AuditKind kind, String detail) {
        try {
            String email = change.get().email();
            audit.record(kind, email, detail);
            redirect.addFlashAttribute("notice", done + email);
        } catch (AdminRuleException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }
}
