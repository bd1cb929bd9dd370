package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CatalogService;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

@Controller
class MyLearningController {

    private final EnrollmentService enrollments;
    private final CatalogService catalog;
    private final CourseProgressService progress;
    private final ReviewService reviews;
    private final NoLongerAvailable gone;
    private final ReviewStatsService stats;

    MyLearningController(EnrollmentService enrollments, CatalogService catalog, CourseProgressService progress,
                         ReviewService reviews, NoLongerAvailable gone, ReviewStatsService stats) {
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.progress = progress;
        this.reviews = reviews;
        this.gone = gone;
        this.stats = stats;
    }

    @GetMapping("/my")
    String myLearning(@AuthenticationPrincipal StudyhallUser user, Model model) {
        List<Long> courseIds = enrollments.enrolledCourseIds(user.getId());
        model.addAttribute("courses", catalog.cardsByIds(courseIds));
        model.addAttribute("progress", progress.courses(user.getId(), courseIds).values().stream().toList());
        model.addAttribute("queue", reviews.queue(user.getId(), courseIds));
        var goneCourses = gone.courses(courseIds);
        var goneSections = gone.sections(user.getId(), courseIds);
        model.addAttribute("unavailable", courseIds.stream().map(goneCourses::contains).toList());
        model.addAttribute("goneSections", courseIds.stream().map(id -> goneSections.getOrDefault(id, List.of())).toList());
        model.addAttribute("goal", stats.goal(user.getId()));
        return "study/my";
    }
}
