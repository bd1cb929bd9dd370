package com.studyhall.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An answer that cannot belong to the question: an unknown option, too many choices, too long a text. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String reason) {
        super(reason);
    }
}
