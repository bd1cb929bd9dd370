package com.studyhall.study;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.enrollment.EnrollmentService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The learner's daily limits, one pair per enrolled course. */
@Service
class DeckSettingsService {

    private final EnrollmentService enrollments;
    private final ReviewService reviews;
    private final ReviewSettingsRepository settings;
    private final EntityManager entities;

    DeckSettingsService(EnrollmentService enrollments, ReviewService reviews, ReviewSettingsRepository settings,
                        EntityManager entities) {
        this.enrollments = enrollments;
        this.reviews = reviews;
        this.settings = settings;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    List<CourseLimit> limits(long userId) {
        List<Long> courses = enrollments.enrolledCourseIds(userId);
        Map<Long, DailyLimits.Limit> limits = reviews.limits(userId, courses);
        return courses.stream().map(id -> entities.find(Course.class, id))
                .map(c -> new CourseLimit(c.getId(), c.getSlug(), c.getTitle(), limits.get(c.getId()))).toList();
    }

    /** Saves a course's limits; only for a course the learner is enrolled in. */
    @Transactional
    void save(long userId, long courseId, DailyLimits.Limit limit) {
        if (!enrollments.isEnrolled(userId, courseId)) {
            throw new CourseNotFoundException("Not enrolled in course " + courseId);
        }
        ReviewSettings row = settings.findByUserIdAndCourseId(userId, courseId)
                .orElseGet(() -> new ReviewSettings(userId, courseId));
        row.limit(limit);
        settings.save(row);
    }

    /** One course's line on the settings page. */
    record CourseLimit(long courseId, String slug, String title, DailyLimits.Limit limit) {
    }
}
