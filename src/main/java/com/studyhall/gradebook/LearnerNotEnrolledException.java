package com.studyhall.gradebook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The learner asked for is not enrolled in the course (or does not exist): a 404, whichever it is. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LearnerNotEnrolledException extends RuntimeException {
    LearnerNotEnrolledException(long learnerId) {
        super("No enrolled learner " + learnerId + " in this course");
    }
}
