package com.studyhall.review;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.review.ReviewForms.HideForm;
import com.studyhall.review.ReviewForms.ReplyForm;
import com.studyhall.review.ReviewForms.ReviewForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing, replying to and moderating reviews. The forms sit in the course page's reviews block;
 * the review page holds the form on its own, with the earlier wordings and any error (400).
 */
@Controller
class CourseReviewController {

    private final CourseReviewService reviews;

    CourseReviewController(CourseReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/courses/{course}/review")
    String reviewPage(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        OwnReview own = reviews.own(course, Viewer.of(user));
        var form = new ReviewForm();
        form.setRating(own.rating() == 0 ? null : own.rating());
        form.setBody(own.body());
        model.addAttribute("reviewForm", form);
        model.addAttribute("own", own);
        return "review/review";
    }

    @PostMapping("/courses/{course}/review")
    String write(@PathVariable String course, @Valid @ModelAttribute("reviewForm") ReviewForm reviewForm,
                 BindingResult errors, @AuthenticationPrincipal StudyhallUser user, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        // Who may not review learns that first, whatever they sent.
        OwnReview own = reviews.own(course, Viewer.of(user));
        if (!own.eligibility().allowed()) {
            throw new AccessDeniedException(own.eligibility().reason());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("own", own);
            return "review/review";
        }
        boolean first = own.rating() == 0;
        reviews.write(course, Viewer.of(user), reviewForm.getRating(), reviewForm.getBody());
        redirect.addFlashAttribute("notice", first ? "Thank you: your review is published." : "Your review is updated.");
        return "redirect:/courses/" + course + "#reviews";
    }

    @PostMapping("/courses/{course}/reviews/{id}/reply")
    String reply(@PathVariable String course, @PathVariable long id, @Valid ReplyForm replyForm, BindingResult errors,
                 @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            throw new BadReviewInputException("A reply has at most 2,000 characters.");
        }
        reviews.reply(course, id, Viewer.of(user), replyForm.getReply());
        redirect.addFlashAttribute("notice", replyForm.getReply().isBlank() ? "Your reply is removed." : "Your reply is published.");
        return "redirect:/courses/" + course + "#review-" + id;
    }

    @PostMapping("/courses/{course}/reviews/{id}/hide")
    String hide(@PathVariable String course, @PathVariable long id, @Valid HideForm hideForm, BindingResult errors,
                @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        if (!Viewer.of(user).admin()) {
            throw new AccessDeniedException("Only admins hide reviews");
        }
        if (errors.hasErrors()) {
            throw new BadReviewInputException("Hiding a review needs a reason of at most 500 characters.");
        }
        reviews.hide(course, id, Viewer.of(user), hideForm.getReason());
        redirect.addFlashAttribute("notice", "The review is hidden from visitors; the audit log keeps the reason.");
        return "redirect:/courses/" + course + "#review-" + id;
    }

    @PostMapping("/courses/{course}/reviews/{id}/show")
    String show(@PathVariable String course, @PathVariable long id, @AuthenticationPrincipal StudyhallUser user,
                RedirectAttributes redirect) {
        reviews.show(course, id, Viewer.of(user));
        redirect.addFlashAttribute("notice", "The review is shown again.");
        return "redirect:/courses/" + course + "#review-" + id;
    }
}
