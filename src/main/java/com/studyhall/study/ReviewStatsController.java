package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's statistics page and the daily goal shown on My learning. */
@Controller
class ReviewStatsController {

    private final ReviewStatsService stats;

    ReviewStatsController(ReviewStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/review/stats")
    String stats(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("stats", stats.stats(user.getId()));
        return "study/review-stats";
    }

    @PostMapping("/my/goal")
    String goal(@RequestParam String dailyReviews, @AuthenticationPrincipal StudyhallUser user, RedirectAttributes redirect) {
        int goal;
        try {
            goal = Integer.parseInt(dailyReviews.trim());
        } catch (NumberFormatException e) {
            goal = 0;
        }
        if (goal < 1 || goal > StudyGoal.MAX_DAILY_REVIEWS) {
            throw new BadStudyInputException(
                    "Daily goal: a whole number of reviews from 1 to " + StudyGoal.MAX_DAILY_REVIEWS + ".");
        }
        stats.setGoal(user.getId(), goal);
        redirect.addFlashAttribute("notice", "Daily goal set to " + goal + " reviews.");
        return "redirect:/my";
    }
}
