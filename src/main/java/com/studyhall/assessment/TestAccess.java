package com.studyhall.assessment;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.stereotype.Component;

/** Finds a section's test for a viewer who may take it: enrolled in the course, or its editor. */
@Component
class TestAccess {

    record Found(Course course, Section section, MockTest test, boolean editor) {
    }

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final MockTestRepository tests;

    TestAccess(CatalogService catalog, EnrollmentService enrollments, MockTestRepository tests) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.tests = tests;
    }

    Found find(String courseSlug, String sectionSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        Section section = catalog.visibleSection(course, sectionSlug, viewer);
        boolean editor = viewer.canEdit(course);
        if (!editor && !(viewer.isLoggedIn() && enrollments.isEnrolled(viewer.userId(), course.getId()))) {
            throw new TestLockedException(courseSlug, sectionSlug);
        }
        MockTest test = tests.findBySectionId(section.getId())
                .orElseThrow(() -> new CourseNotFoundException("Mock test of " + sectionSlug));
        return new Found(course, section, test, editor);
    }
}
