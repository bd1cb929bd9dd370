package com.studyhall.assessment;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Autosave: one answer per request, sent by the attempt page's script with the CSRF header. The
 * response carries the time left by the server's clock and never a grade.
 */
@RestController
class AnswerApiController {

    /** The values of one answer: the chosen option ids, or a single text. */
    record AnswerBody(List<String> values) {
    }

    record Saved(boolean saved, long remainingSeconds) {
    }

    private final AttemptService attempts;

    AnswerApiController(AttemptService attempts) {
        this.attempts = attempts;
    }

    @PutMapping("/api/attempts/{id}/answers/{position}")
    ResponseEntity<?> save(@PathVariable long id, @PathVariable int position, @RequestBody AnswerBody body,
                           @AuthenticationPrincipal StudyhallUser user) {
        AnswerSaved saved = attempts.saveAnswer(id, Viewer.of(user), position, body.values());
        if (saved.saved()) {
            return ResponseEntity.ok(new Saved(true, saved.remainingSeconds()));
        }
        boolean late = saved.outcome() == AnswerSaved.Outcome.LATE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                late ? TestController.LATE : TestController.ALREADY_SUBMITTED);
        problem.setTitle(late ? "Time is up" : "Attempt already submitted");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
