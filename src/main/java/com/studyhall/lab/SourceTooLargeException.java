package com.studyhall.lab;

/** A program (or a request body) over the size limit. Answered with 413. */
class SourceTooLargeException extends RuntimeException {

    SourceTooLargeException(String message) {
        super(message);
    }
}
