package com.studyhall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The last line of defence for values the database cannot hold. Every bounded text column has
 * the same bound on its entity field (a test keeps them equal), so an over-long value that slipped
 * past a form is refused by validation before the database sees it; this turns that refusal into
 * a 400 that names each field and its limit instead of a 500. Forms that validate their own fields
 * answer earlier and keep what was typed.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class TooLongValues {

    @ExceptionHandler({ConstraintViolationException.class, TransactionSystemException.class, JpaSystemException.class})
    Object refuse(Exception problem, HttpServletRequest request) throws Exception {
        ConstraintViolationException violations = violationsIn(problem);
        if (violations == null) {
            throw problem;
        }
        List<String> fields = describe(violations);
        String detail = "Some values are too long or not allowed: " + String.join("; ", fields) + ".";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
            body.setTitle("Invalid value");
            body.setProperty("fields", fields);
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        var page = new ModelAndView("error/400", Map.of("fields", fields), HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        return page;
    }

    private static ConstraintViolationException violationsIn(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return violations;
            }
        }
        return null;
    }

    /** "Course title: at most 160 characters (this one has 161)", in a stable order. */
    static List<String> describe(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(TooLongValues::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String owner = words(violation.getRootBeanClass().getSimpleName());
        String field = words(violation.getPropertyPath().toString());
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        if (max != null && violation.getInvalidValue() instanceof CharSequence text) {
            return owner + " " + field + ": at most " + max + " characters (this one has " + text.length() + ")";
        }
        return owner + " " + field + ": " + violation.getMessage();
    }

    /** {@code displayName} and {@code WorkedExample} as a person says them: "display name", "worked example". */
    static String words(String identifier) {
        return identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
