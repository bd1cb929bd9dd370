package com.studyhall.admin;

import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.EmailAddresses;
import com.studyhall.accounts.EmailTakenException;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.SecondFactorService;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, changes their roles, disables and re-enables them. Two rules keep the platform
 * manageable: nobody removes their own admin role or disables themselves, and the last enabled
 * admin stays one.
 */
@Service
class AdminUserService {

    static final int PAGE_SIZE = 20;

    private final UserAccountRepository users;
    private final SecondFactorService secondFactors;
    private final AccountService accounts;
    private final AuditLog audit;

    AdminUserService(UserAccountRepository users, SecondFactorService secondFactors, AccountService accounts,
                     AuditLog audit) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page<UserRow> search(String query, Role role, Boolean enabled, int page) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("email"));
        Page<UserAccount> found = users.search(text, role, enabled, request);
        Map<Long, Instant> signedIn = audit.lastSignIns(found.map(UserAccount::getId).getContent());
        return found.map(user -> row(user, signedIn.get(user.getId())));
    }

    /**
     * A new account with a one-time password or, if {@code withLink}, a set-password link; the
     * email must be free and the name present.
     */
    AccountService.CreatedAccount create(String email, String displayName, Set<Role> roles, boolean withLink) {
        String normalized = UserAccount.normalizeEmail(email);
        if (!EmailAddresses.isValid(normalized)) {
            throw new AdminRuleException("Enter a valid email address.");
        }
        if (displayName.isBlank() || displayName.strip().length() > UserImport.NAME_MAX) {
            throw new AdminRuleException("Enter a display name of at most 80 characters.");
        }
        try {
            return withLink ? accounts.createWithSetPasswordLink(normalized, displayName.strip(), roles)
                    : accounts.createWithOneTimePassword(normalized, displayName.strip(), roles);
        } catch (EmailTakenException taken) {
            throw new AdminRuleException("An account with this email already exists.");
        }
    }

    @Transactional(readOnly = true)
    UserRow user(long id) {
        return row(find(id));
    }

    @Transactional
    UserRow changeRoles(long actorId, long targetId, Set<Role> roles) {
        var target = find(targetId);
        if (roles == null || roles.isEmpty()) {
            throw new AdminRuleException("Keep at least one role.");
        }
        var admins = users.lockEnabledAdmins();
        if (target.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (actorId == targetId) {
                throw new AdminRuleException("You cannot remove your own admin role. Ask another admin.");
            }
            if (target.isEnabled() && admins.size() <= 1) {
                throw new AdminRuleException("This is the last admin. Make someone else an admin first.");
            }
        }
        target.changeRoles(roles);
        return row(target);
    }

    @Transactional
    UserRow disable(long actorId, long targetId) {
        if (actorId == targetId) {
            throw new AdminRuleException("You cannot disable your own account.");
        }
        var target = find(targetId);
        var admins = users.lockEnabledAdmins();
        if (target.hasRole(Role.ADMIN) && target.isEnabled() && admins.size() <= 1) {
            throw new AdminRuleException("This is the last admin. Make someone else an admin first.");
        }
        target.disable();
        return row(target);
    }

    /** For a person who lost their phone and recovery codes: they log in with the password and set it up again. */
    @Transactional
    UserRow resetTwoFactor(long actorId, long targetId) {
        if (actorId == targetId) {
            throw new AdminRuleException("You cannot reset your own two-factor sign-in. Ask another admin.");
        }
        var target = find(targetId);
        secondFactors.turnOff(targetId);
        target.endAllSessions();
        return row(target);
    }

    @Transactional
    UserRow enable(long targetId) {
        var target = find(targetId);
        target.enable();
        return row(target);
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    private UserRow row(UserAccount user) {
        return row(user, null);
    }

    private UserRow row(UserAccount user, Instant lastSignIn) {
        return new UserRow(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getRoles().stream().sorted().toList(), user.isEnabled(),
                secondFactors.isEnabled(user.getId()), user.getCreatedAt(), lastSignIn);
    }
}
