package com.studyhall.study;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/** A value a learner sent that cannot be kept (a goal of 0, an empty card): 400 and the reason on the error page. */
class BadStudyInputException extends RuntimeException {

    BadStudyInputException(String reason) {
        super(reason);
    }

    @ControllerAdvice(basePackageClasses = BadStudyInputException.class)
    static class Advice {

        @ExceptionHandler
        ModelAndView refused(BadStudyInputException e) {
            return new ModelAndView("error/400", Map.of("fields", List.of(e.getMessage())), HttpStatus.BAD_REQUEST);
        }
    }
}
