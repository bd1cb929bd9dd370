package com.studyhall.gradebook;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.assessment.TestPages;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** The gradebook, a learner's record and their attempts' reviews. */
@Controller
@RequestMapping("/studio/courses/{course}")
class GradebookController {

    private final GradebookService gradebooks;
    private final TestPages testPages;
    private final AuditLog audit;

    GradebookController(GradebookService gradebooks, TestPages testPages, AuditLog audit) {
        this.audit = audit;
        this.gradebooks = gradebooks;
        this.testPages = testPages;
    }

    @GetMapping("/gradebook")
    String gradebook(@PathVariable String course, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String show, @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String dir, @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("book", gradebooks.gradebook(course, Viewer.of(user), GradebookQuery.of(q, show, sort, dir)));
        return "gradebook/gradebook";
    }

    @GetMapping("/gradebook.csv")
    ResponseEntity<byte[]> csv(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user) {
        Gradebook book = gradebooks.gradebook(course, Viewer.of(user), GradebookQuery.of(null, null, null, null));
        audit.record(AuditKind.EXPORT, "gradebook of " + course, book.learners().size() + " learners");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(book.courseSlug() + "-gradebook.csv").build().toString())
                .body(GradebookCsv.write(book).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/gradebook/learners/{learner}")
    String learner(@PathVariable String course, @PathVariable long learner,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("record", gradebooks.learner(course, learner, Viewer.of(user)));
        return "gradebook/learner";
    }

    @GetMapping("/gradebook/attempts/{attempt}")
    String attempt(@PathVariable String course, @PathVariable long attempt,
                   @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("attempt", testPages.reviewForEditor(course, attempt, Viewer.of(user)));
        model.addAttribute("editorView", true);
        return "assessment/review";
    }
}
