package com.studyhall.accounts;

/** What a user may do. Each role includes the abilities of the roles before it. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
