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
 * response carries the time left by the server's clock and never a grade. Flags and the question
 * the learner is on are saved here too.
 */
@RestController
class AnswerApiController {

    /**
     * The values of one answer: the chosen option ids, or a single text; {@code seq} is the page's
     * sequence number for this edit (optional: without it the answer is saved as the newest).
     */
    record AnswerBody(List<String> values, Long seq) {
    }

    /** {@code superseded}: a newer answer was saved before this one arrived, so this one was dropped. */
    record Saved(boolean saved, long remainingSeconds, boolean superseded) {
    }

    record FlagBody(boolean flagged) {
    }

    record Flagged(int position, boolean flagged) {
    }

    record PositionBody(int position) {
    }

    private final AttemptService attempts;
    private final AttemptBookmarks bookmarks;

    AnswerApiController(AttemptService attempts, AttemptBookmarks bookmarks) {
        this.attempts = attempts;
        this.bookmarks = bookmarks;
    }

    @PutMapping("/api/attempts/{id}/answers/{position}")
    ResponseEntity<?> save(@PathVariable long id, @PathVariable int position, @RequestBody AnswerBody body,
                           @AuthenticationPrincipal StudyhallUser user) {
        AnswerSaved saved = attempts.saveAnswer(id, Viewer.of(user), position, body.values(), body.seq());
        if (saved.saved()) {
            return ResponseEntity.ok(new Saved(true, saved.remainingSeconds(),
                    saved.outcome() == AnswerSaved.Outcome.SUPERSEDED));
        }
        boolean late = saved.outcome() == AnswerSaved.Outcome.LATE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                late ? TestController.LATE : TestController.ALREADY_SUBMITTED);
        problem.setTitle(late ? "Time is up" : "Attempt already submitted");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @PutMapping("/api/attempts/{id}/flags/{position}")
    ResponseEntity<?> flag(@PathVariable long id, @PathVariable int position, @RequestBody FlagBody body,
                           @AuthenticationPrincipal StudyhallUser user) {
        if (bookmarks.flag(id, Viewer.of(user), position, body.flagged())) {
            return ResponseEntity.ok(new Flagged(position, body.flagged()));
        }
        return closed();
    }

    @PutMapping("/api/attempts/{id}/position")
    ResponseEntity<?> visit(@PathVariable long id, @RequestBody PositionBody body,
                            @AuthenticationPrincipal StudyhallUser user) {
        return bookmarks.visit(id, Viewer.of(user), body.position()) ? ResponseEntity.noContent().build() : closed();
    }

    private static ResponseEntity<ProblemDetail> closed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, TestController.CLOSED);
        problem.setTitle("Attempt closed");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
