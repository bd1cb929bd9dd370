package com.studyhall.accounts;

import java.util.regex.Pattern;

/**
 * The address check shared by the pages where someone types another person's address (an admin
 * creating or importing accounts, an instructor inviting): a local part, one {@code @}, a domain
 * with a dot, no spaces, and at most 320 characters as the column allows.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s,;<>\"]{1,64}@[^@\\s,;<>\"]{1,255}\\.[^@\\s,;<>\".]{1,63}");

    private EmailAddresses() {
    }

    /** True for an address already normalized (stripped, lower case) that has the shape above. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }
}
