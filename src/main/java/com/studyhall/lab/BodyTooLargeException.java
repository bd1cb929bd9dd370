package com.studyhall.lab;

import java.io.IOException;

/** A request body past {@link RequestSizeLimit#MAX_BODY_BYTES}, found while it streams in. */
class BodyTooLargeException extends IOException {

    static final String MESSAGE = "The request body is larger than " + RequestSizeLimit.MAX_BODY_BYTES / 1024
            + " KB; the lab runs programs of at most 20,000 characters.";

    BodyTooLargeException() {
        super(MESSAGE);
    }
}
