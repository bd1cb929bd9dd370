package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The card browser of a course: search and filter every card, suspend or reset it. */
@Controller
class CardBrowserController {

    private final CardBrowserService browser;
    private final ReviewService reviews;
    private final OwnDeckService own;

    CardBrowserController(CardBrowserService browser, ReviewService reviews, OwnDeckService own) {
        this.browser = browser;
        this.reviews = reviews;
        this.own = own;
    }

    @GetMapping("/courses/{course}/cards")
    String cards(@PathVariable String course, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String state, @RequestParam(required = false) String due,
                 @RequestParam(required = false) String lapses, @AuthenticationPrincipal StudyhallUser user,
                 Model model, HttpServletResponse response) {
        Course open = browser.open(course, Viewer.of(user));
        Integer minLapses = lapses == null || lapses.isBlank() ? null : parse(lapses);
        var filter = new CardBrowserService.CardFilter(q, state, due, minLapses);
        model.addAttribute("course", open);
        model.addAttribute("filter", filter);
        model.addAttribute("lapses", lapses);
        model.addAttribute("states", CardBrowserService.CardFilter.STATES);
        model.addAttribute("sections", browser.sections(open));
        model.addAttribute("notes", own.notes(user.getId()));
        if (!filter.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Choose a state and a due date from the lists, and lapses as a whole number from 0.");
            model.addAttribute("cards", List.of());
            return "study/cards";
        }
        model.addAttribute("cards", browser.browse(user.getId(), open, filter));
        return "study/cards";
    }

    @PostMapping("/courses/{course}/cards/own")
    String add(@PathVariable String course, @RequestParam(defaultValue = "0") long section,
               @RequestParam(required = false) String front, @RequestParam(required = false) String back,
               @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        Course open = browser.open(course, Viewer.of(user));
        own.add(user.getId(), open, section, front, back);
        redirect.addFlashAttribute("notice", "Your card is in the deck: it comes up in your reviews as a new card.");
        return "redirect:/courses/" + course + "/cards";
    }

    @PostMapping("/courses/{course}/cards/{card}/suspend")
    String suspend(@PathVariable String course, @PathVariable String card, @RequestParam boolean suspended,
                   @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        browser.open(course, Viewer.of(user));
        reviews.suspend(user.getId(), Viewer.of(user), ref(card), suspended);
        redirect.addFlashAttribute("notice", suspended ? "Card suspended." : "Card back in your reviews.");
        return "redirect:/courses/" + course + "/cards";
    }

    @PostMapping("/courses/{course}/cards/{card}/reset")
    String reset(@PathVariable String course, @PathVariable String card,
                 @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        Course open = browser.open(course, Viewer.of(user));
        browser.reset(user.getId(), open, ref(card));
        redirect.addFlashAttribute("notice", "Card reset: it is new again.");
        return "redirect:/courses/" + course + "/cards";
    }

    private static Integer parse(String lapses) {
        try {
            return Integer.parseInt(lapses.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static CardRef ref(String card) {
        return CardRef.parse(card).orElseThrow(() -> new CourseNotFoundException("Card " + card));
    }
}
