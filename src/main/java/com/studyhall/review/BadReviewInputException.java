package com.studyhall.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/** A reply or a hiding reason that does not fit: 400 and the reason on the error page. */
class BadReviewInputException extends RuntimeException {

    BadReviewInputException(String reason) {
        super(reason);
    }

    @ControllerAdvice(basePackageClasses = BadReviewInputException.class)
    static class Advice {

        @ExceptionHandler
        ModelAndView refused(BadReviewInputException e) {
            return new ModelAndView("error/400", Map.of("fields", List.of(e.getMessage())), HttpStatus.BAD_REQUEST);
        }
    }
}
