package com.studyhall.study;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.CatalogService;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MyLearningController {

    private final EnrollmentService enrollments;
    private final CatalogService catalog;

    MyLearningController(EnrollmentService enrollments, CatalogService catalog) {
        this.enrollments = enrollments;
        this.catalog = catalog;
    }

    @GetMapping("/my")
    String myLearning(@AuthenticationPrincipal StudyhallUser user, Model model) {
        model.addAttribute("courses", catalog.cardsByIds(enrollments.enrolledCourseIds(user.getId())));
        return "study/my";
    }
}
