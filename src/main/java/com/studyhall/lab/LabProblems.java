package com.studyhall.lab;

import com.studyhall.simulation.Diagnostic;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Every error of the lab's JSON API as {@code application/problem+json} (RFC 9457), with a
 * {@code detail} a learner can act on. Applies to the lab's controllers only.
 */
@RestControllerAdvice(basePackageClasses = LabProblems.class)
class LabProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail rejected(ProgramRejectedException e) {
        Diagnostic first = e.first();
        var problem = problem(HttpStatus.BAD_REQUEST, "The program cannot run", first.message());
        problem.setProperty("line", first.line());
        problem.setProperty("column", first.column());
        problem.setProperty("diagnostics", e.diagnostics());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(SourceTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "The program is too long", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(SimulatorBusyException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(SimulatorBusyException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "The lab is busy", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail denied(LabAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Enroll in a course to use the lab", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(ScenarioNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No such scenario", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ScenarioConflictException e) {
        return problem(HttpStatus.CONFLICT, "The scenario was not saved", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail concurrentEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "The scenario was not saved",
                "The scenario changed while you saved it. Reload it and try again.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(e, BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                    "The request is too large", BodyTooLargeException.MESSAGE));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request body is not the JSON this endpoint expects; see docs/lab-api.md."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = String.join("; ", errors.stream().map(error -> error.get("message")).toList());
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
