package com.studyhall.gradebook;

import java.util.List;

/** Some of the addresses typed are not addresses (or there are too many): nothing was done. */
class InvalidAddressesException extends RuntimeException {

    private final transient List<String> bad;

    InvalidAddressesException(String message, List<String> bad) {
        super(message);
        this.bad = List.copyOf(bad);
    }

    List<String> bad() {
        return bad;
    }
}
