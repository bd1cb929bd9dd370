package com.studyhall.authoring;

/** An upload that is not an accepted audio file; the message is meant for the editor. */
public class AudioRejectedException extends RuntimeException {

    public AudioRejectedException(String message) {
        super(message);
    }
}
