package com.studyhall.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No course (or no section) by that slug that this viewer may see. Answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CourseNotFoundException extends RuntimeException {

    public CourseNotFoundException(String what) {
        super(what + " not found");
    }
}
