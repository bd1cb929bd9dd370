package com.studyhall.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such attempt of this learner, or no such question in it. Another learner's attempt is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException(long id) {
        super("Attempt " + id + " not found");
    }
}
