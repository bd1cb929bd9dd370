package com.studyhall.accounts;

/**
 * Published when an account is created (sign-up, an admin, an import), so features waiting for
 * that address, such as course invitations, can act without accounts knowing them.
 */
public record AccountCreated(long userId, String email) {
}
