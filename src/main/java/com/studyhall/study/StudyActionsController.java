package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * What a learner does on a section page: mark lesson parts done, the summary and chapters read,
 * pick a summary level, and play lesson recordings. Forms post here and come back to the page;
 * the page's script posts with {@code X-Requested-With: fetch} and gets 204 instead.
 */
@Controller
@RequestMapping("/courses/{course}/{section}")
class StudyActionsController {

    private static final String FETCH = "fetch";

    private final SectionStudyService sections;
    private final StudyProgressService progress;
    private final LessonAudio audio;

    StudyActionsController(SectionStudyService sections, StudyProgressService progress, LessonAudio audio) {
        this.sections = sections;
        this.progress = progress;
        this.audio = audio;
    }

    @PostMapping("/parts/{partId}/done")
    ResponseEntity<Void> markPart(@PathVariable String course, @PathVariable String section, @PathVariable long partId,
                                  @RequestParam(defaultValue = "true") boolean done,
                                  @RequestHeader(value = "X-Requested-With", required = false) String via,
                                  @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        progress.markPart(user.getId(), open, partId, done);
        return back(open, "#part-" + partId, via);
    }

    @PostMapping("/chapters/{chapterId}/read")
    ResponseEntity<Void> markChapter(@PathVariable String course, @PathVariable String section,
                                     @PathVariable long chapterId, @RequestParam(defaultValue = "true") boolean read,
                                     @RequestHeader(value = "X-Requested-With", required = false) String via,
                                     @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        progress.markChapter(user.getId(), open, chapterId, read);
        return back(open, "#chapter-" + chapterId, via);
    }

    @PostMapping("/summary/read")
    ResponseEntity<Void> markSummary(@PathVariable String course, @PathVariable String section,
                                     @RequestParam(defaultValue = "true") boolean read,
                                     @RequestHeader(value = "X-Requested-With", required = false) String via,
                                     @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        progress.markSummary(user.getId(), open, read);
        return back(open, "#summary", via);
    }

    @PostMapping("/summary-level")
    ResponseEntity<Void> chooseLevel(@PathVariable String course, @PathVariable String section,
                                     @RequestParam String level,
                                     @RequestHeader(value = "X-Requested-With", required = false) String via,
                                     @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        SummaryLevel chosen = SummaryLevel.parse(level)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown summary level"));
        progress.chooseSummaryLevel(user.getId(), chosen);
        return back(open, "#summary", via);
    }

    /** The part's recording; Spring answers Range requests for a Resource body with 206 and the slice. */
    @GetMapping("/audio/{partId}")
    ResponseEntity<Resource> audio(@PathVariable String course, @PathVariable String section, @PathVariable long partId,
                                   @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        LessonAudio.Recording recording = audio.of(open, partId);
        return ResponseEntity.ok()
                .contentType(recording.type())
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .body(recording.file());
    }

    private static ResponseEntity<Void> back(OpenSection open, String anchor, String via) {
        if (FETCH.equals(via)) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(open.path() + anchor)).build();
    }
}
