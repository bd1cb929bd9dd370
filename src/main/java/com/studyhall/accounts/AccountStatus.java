package com.studyhall.accounts;

import java.util.Set;

/** What each request checks about its account: may it go on, and with which roles. */
public record AccountStatus(boolean enabled, long sessionGeneration, Set<Role> roles, boolean secondFactor,
                            boolean passwordChangeRequired) {
}
