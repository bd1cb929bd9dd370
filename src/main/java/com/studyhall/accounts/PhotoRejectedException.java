package com.studyhall.accounts;

/** An uploaded profile photo that is not a small PNG or JPEG; the message says what is wrong. */
public class PhotoRejectedException extends RuntimeException {

    public PhotoRejectedException(String message) {
        super(message);
    }
}
