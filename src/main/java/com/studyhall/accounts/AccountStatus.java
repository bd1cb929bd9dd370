package com.studyhall.accounts;

import java.util.Set;

/**
 * What each request checks about its account: may it go on, and with which roles. It also carries
 * the version of the learner's own study rows, read in the same statement, so the study pages can
 * tell whether the rows they keep in memory are still current without asking again.
 */
public record AccountStatus(long userId, boolean enabled, long sessionGeneration, Set<Role> roles, boolean secondFactor,
                            boolean passwordChangeRequired, long learnerRowsVersion) {

    /** The request attribute under which the account filter leaves the status it read. */
    public static final String OF_THIS_REQUEST = AccountStatus.class.getName();
}
