package com.studyhall.authoring;

/** A course bundle that cannot be imported; the message says what is wrong and where. */
public class BundleException extends RuntimeException {

    public BundleException(String message) {
        super(message);
    }
}
