package com.studyhall.audit;

/** What an audit event records; the label is what the admin page and the CSV show. */
public enum AuditKind {
    SIGN_IN("Sign-in"),
    SIGN_IN_PASSWORD_ONLY("Password accepted, second factor asked"),
    SIGN_IN_FAILED("Sign-in failed"),
    SECOND_FACTOR_FAILED("Second factor failed"),
    ACCOUNT_CREATED("Account created"),
    ROLES_CHANGED("Roles changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    TWO_FACTOR_RESET("Two-factor sign-in reset"),
    RECOVERY_CODES_REGENERATED("Recovery codes regenerated"),
    LEARNER_UNENROLLED("Learner unenrolled"),
    OVERRIDE_GRANTED("Extra attempts or time set"),
    ATTEMPT_REOPENED("Attempt reopened"),
    EXPORT("Export"),
    USERS_IMPORTED("Users imported"),
    SET_PASSWORD_LINK_ISSUED("Set-password link issued"),
    LEARNERS_INVITED("Learners invited"),
    LEARNER_ENROLLED("Learner enrolled by an instructor"),
    INVITATION_REVOKED("Invitation revoked"),
    INVITATION_ACCEPTED("Invitation accepted"),
    REVIEW_HIDDEN("Review hidden"),
    REVIEW_SHOWN("Review shown again");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
