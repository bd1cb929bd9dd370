package com.studyhall.authoring;

/** Another course (or another section of the course) already uses the slug. */
public class SlugTakenException extends RuntimeException {

    public SlugTakenException(String slug) {
        super("the slug '" + slug + "' is already taken");
    }
}
