package com.studyhall.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/** A catalog filter or admin choice that cannot be answered: 400 and the reason on the error page. */
class BadCatalogQueryException extends RuntimeException {

    BadCatalogQueryException(String reason) {
        super(reason);
    }

    @ControllerAdvice(basePackageClasses = BadCatalogQueryException.class)
    static class Advice {

        @ExceptionHandler
        ModelAndView refused(BadCatalogQueryException e) {
            return new ModelAndView("error/400", Map.of("fields", List.of(e.getMessage())), HttpStatus.BAD_REQUEST);
        }
    }
}
