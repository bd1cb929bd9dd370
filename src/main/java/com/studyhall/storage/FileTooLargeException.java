package com.studyhall.storage;

/** A stored file would exceed the allowed size. */
public class FileTooLargeException extends RuntimeException {

    public FileTooLargeException(long maxBytes) {
        super("the file is larger than " + maxBytes + " bytes");
    }
}
