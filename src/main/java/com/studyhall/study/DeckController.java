package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.Viewer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The deck around the review queue: daily limits per course, undo, suspend, bury and notes. */
@Controller
class DeckController {

    private final ReviewService reviews;
    private final DeckSettingsService settings;
    private final OwnDeckService own;

    DeckController(ReviewService reviews, DeckSettingsService settings, OwnDeckService own) {
        this.reviews = reviews;
        this.settings = settings;
        this.own = own;
    }

    @GetMapping("/review/settings")
    String settings(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courses", settings.limits(user.getId()));
        return "study/review-settings";
    }

    @PostMapping("/review/settings")
    String save(@Valid @ModelAttribute("form") LimitsForm form, BindingResult errors,
                @AuthenticationPrincipal StudyhallUser user, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("courses", settings.limits(user.getId()));
            model.addAttribute("failedCourse", form.course());
            return "study/review-settings";
        }
        settings.save(user.getId(), form.course(), new DailyLimits.Limit(form.newPerDay(), form.reviewsPerDay()));
        redirect.addFlashAttribute("notice", "Daily limits saved.");
        return "redirect:/review/settings";
    }

    @PostMapping("/review/undo")
    String undo(@AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", reviews.undo(user.getId()).isPresent()
                ? "Took back your last grade: the card is as it was before." : "There is no grade to take back.");
        return "redirect:/review";
    }

    @PostMapping("/review/{card}/suspend")
    String suspend(@PathVariable String card, @RequestParam(defaultValue = "true") boolean suspended,
                   @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        reviews.suspend(user.getId(), Viewer.of(user), ref(card), suspended);
        redirect.addFlashAttribute("notice", suspended ? "Card suspended: it stays out of your reviews until you take it back."
                : "Card back in your reviews.");
        return "redirect:/review";
    }

    @PostMapping("/review/{card}/bury")
    String bury(@PathVariable String card, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        reviews.bury(user.getId(), Viewer.of(user), ref(card));
        redirect.addFlashAttribute("notice", "Card buried until tomorrow.");
        return "redirect:/review";
    }

    @PostMapping("/review/{card}/note")
    String note(@PathVariable String card, @RequestParam(required = false) String text,
                @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        own.writeNote(user.getId(), Viewer.of(user), ref(card), text);
        redirect.addFlashAttribute("notice", text == null || text.isBlank() ? "Note removed." : "Note saved.");
        return "redirect:/review";
    }

    private static CardRef ref(String card) {
        return CardRef.parse(card).orElseThrow(() -> new CourseNotFoundException("Card " + card));
    }

    /** One course's limits as the settings form posts them. */
    record LimitsForm(@NotNull Long course,
                      @NotNull @Min(0) @Max(DailyLimits.Limit.MAX_NEW) Integer newPerDay,
                      @NotNull @Min(0) @Max(DailyLimits.Limit.MAX_REVIEWS) Integer reviewsPerDay) {
    }
}
