package com.studyhall.accounts;

/** A validated request for a learner account. */
public record NewAccount(String email, String displayName, String password) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + "]";
    }
}
