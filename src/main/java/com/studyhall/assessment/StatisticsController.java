package com.studyhall.assessment;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Test statistics of one course, under the studio: its owner and admins only. */
@Controller
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/studio/courses/{course}/statistics")
    String statistics(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("stats", statistics.forCourse(course, Viewer.of(user)));
        return "assessment/statistics";
    }
}
