package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.Viewer;
import com.studyhall.study.fsrs.Grade;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;

/** Flashcard review on schedule ({@code /review}) and cramming a section without touching the schedule. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final SectionStudyService sections;
    private final Clock clock;
    private final OwnDeckService own;

    ReviewController(ReviewService reviews, SectionStudyService sections, Clock clock, OwnDeckService own) {
        this.reviews = reviews;
        this.sections = sections;
        this.clock = clock;
        this.own = own;
    }

    @GetMapping("/review")
    String review(@AuthenticationPrincipal StudyhallUser user, Model model) {
        ReviewQueue queue = reviews.queue(user.getId());
        model.addAttribute("queue", queue);
        model.addAttribute("shownAt", clock.millis());
        if (!queue.empty()) {
            model.addAttribute("note", own.note(user.getId(), queue.next().ref()).orElse(null));
        }
        return "study/review";
    }

    @PostMapping("/review/{card}")
    String grade(@PathVariable String card, @RequestParam int grade, @RequestParam int reps,
                 @RequestParam(required = false) Long shown,
                 @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        CardRef ref = CardRef.parse(card).orElseThrow(() -> new CourseNotFoundException("Card " + card));
        Grade chosen = Grade.of(grade)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "grade must be 1 to 4"));
        Instant shownAt = shown == null ? null : Instant.ofEpochMilli(shown);
        if (reviews.grade(user.getId(), Viewer.of(user), ref, chosen, reps, shownAt)) {
            redirect.addFlashAttribute("graded", chosen.label());
        }
        return "redirect:/review";
    }

    @GetMapping("/courses/{course}/{section}/cram")
    String cram(@PathVariable String course, @PathVariable String section,
                @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        model.addAttribute("section", open);
        model.addAttribute("cards", reviews.sectionCards(open));
        return "study/cram";
    }
}
