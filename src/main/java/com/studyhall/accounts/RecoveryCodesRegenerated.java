package com.studyhall.accounts;

/** Published when someone replaced their own recovery codes, for the audit log to record. */
public record RecoveryCodesRegenerated(long userId, String email) {
}
