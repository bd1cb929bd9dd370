package com.studyhall.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One row of {@link AccountStatusQuery}: the account's flags and one of its roles. */
record AccountStatusRow(boolean enabled, long sessionGeneration, boolean mustChangePassword, Role role,
                        long secondFactors, long learnerRowsVersion) {

    /** The rows of one account folded into its status; empty when the account is gone. */
    static Optional<AccountStatus> status(long userId, List<AccountStatusRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AccountStatusRow first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(AccountStatusRow::role).filter(java.util.Objects::nonNull).forEach(roles::add);
        return Optional.of(new AccountStatus(userId, first.enabled(), first.sessionGeneration(), Set.copyOf(roles),
                first.secondFactors() > 0, first.mustChangePassword(), first.learnerRowsVersion()));
    }
}
