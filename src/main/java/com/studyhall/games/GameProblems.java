package com.studyhall.games;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** A refused result as {@code application/problem+json} with a sentence saying why; malformed JSON is 400 too. */
@RestControllerAdvice(assignableTypes = GameResultController.class)
class GameProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail impossible(ImpossibleResultException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Result refused");
        return problem;
    }
}
