package com.studyhall.admin;

import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.EmailTakenException;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a user import: the dry run, then the creation of the rows without problems, each account
 * with a set-password link. The import checks the CSV again itself; it never trusts an earlier
 * dry run, since accounts may have been created in between.
 */
@Service
class UserImportService {

    private final UserAccountRepository users;
    private final AccountService accounts;
    private final AuditLog audit;

    UserImportService(UserAccountRepository users, AccountService accounts, AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    UserImport.Plan check(String csv) {
        return UserImport.check(csv, users::existsByEmail);
    }

    /**
     * Creates the good rows if the plan is clean, or if {@code onlyGood} was ticked; returns what
     * was created (empty when the import was refused) and the plan as checked now.
     */
    Outcome run(String csv, boolean onlyGood) {
        UserImport.Plan plan = check(csv);
        if (plan.fileProblem() != null || plan.good().isEmpty() || (!plan.clean() && !onlyGood)) {
            return new Outcome(plan, List.of(), List.of());
        }
        List<Created> created = new ArrayList<>();
        List<UserImport.Row> lateProblems = new ArrayList<>();
        for (UserImport.Row row : plan.good()) {
            try {
                var account = accounts.createWithSetPasswordLink(row.email(), row.displayName(), row.roles());
                audit.record(AuditKind.ACCOUNT_CREATED, account.account().getEmail(),
                        "imported from CSV line " + row.line() + ", roles " + row.roles());
                created.add(new Created(row, account.account().getId(), account.setPasswordPath()));
            } catch (EmailTakenException meanwhile) {
                lateProblems.add(new UserImport.Row(row.line(), row.email(), row.displayName(), row.roles(),
                        List.of("an account with " + row.email() + " was created during the import")));
            }
        }
        audit.record(AuditKind.USERS_IMPORTED, created.size() + " accounts",
                plan.rows().size() + " rows, " + created.size() + " created, "
                        + (plan.bad().size() + lateProblems.size()) + " skipped");
        return new Outcome(plan, List.copyOf(created), List.copyOf(lateProblems));
    }

    /** One imported account and the path of its set-password link (shown once). */
    record Created(UserImport.Row row, long userId, String setPasswordPath) {
    }

    record Outcome(UserImport.Plan plan, List<Created> created, List<UserImport.Row> lateProblems) {

        boolean imported() {
            return !created.isEmpty();
        }
    }
}
