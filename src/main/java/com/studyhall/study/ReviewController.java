package com.studyhall.study;

import com.studyhall.security.Navigation;
import com.studyhall.web.HtmlWithHoles;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

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

    /**
     * Review pages kept whole per what they show (the queue and the card's note, all values) and the
     * visitor's header, a few dozen kilobytes each: Thymeleaf was two fifths of the page's CPU
     * (docs/benchmarks.md). The moment the card was shown, sent back with the grade to time the
     * answer, is a hole filled on each request.
     */
    private static final int MOST_PAGES_KEPT = 1_000;
    private static final String SHOWN_AT = "shown-at";

    private final ReviewService reviews;
    private final SectionStudyService sections;
    private final Clock clock;
    private final OwnDeckService own;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<ReviewPage> pages = new KeptPerState<>(MOST_PAGES_KEPT);

    ReviewController(ReviewService reviews, SectionStudyService sections, Clock clock, OwnDeckService own,
                     KeptHtml kept, Navigation navigation) {
        this.reviews = reviews;
        this.sections = sections;
        this.clock = clock;
        this.own = own;
        this.kept = kept;
        this.navigation = navigation;
    }

    @GetMapping("/review")
    ModelAndView review(@AuthenticationPrincipal StudyhallUser user, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        ReviewQueue queue = reviews.queue(user.getId());
        String note = queue.empty() ? null : own.note(user.getId(), queue.next().ref()).orElse(null);
        model.addAttribute("queue", queue);
        model.addAttribute("note", note);
        model.addAttribute("shownAt", HtmlWithHoles.marker(SHOWN_AT));
        String shownAt = "<input type=\"hidden\" name=\"shown\" value=\"" + clock.millis() + "\">";
        return new ModelAndView(kept.page(pages, new ReviewPage(queue, note, navigation.current()),
                KeptPerState.NO_SNAPSHOT, "study/review", model::asMap, name -> SHOWN_AT.equals(name) ? shownAt : "",
                request, response));
    }

    /** Everything the review page shows. */
    private record ReviewPage(ReviewQueue queue, String note, Navigation.State visitor) {
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
