package com.studyhall.admin;

/** A change an admin may not make, with the reason in words for the page. */
class AdminRuleException extends RuntimeException {

    AdminRuleException(String reason) {
        super(reason);
    }
}
