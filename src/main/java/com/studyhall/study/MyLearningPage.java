package com.studyhall.study;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.CourseCard;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What "My learning" shows, read in one read-only transaction: the courses, progress, review queue
 * and daily goal each began and committed a transaction of their own, which cost a fifth of the
 * page's time (docs/benchmarks.md).
 */
@Service
class MyLearningPage {

    private final EnrollmentService enrollments;
    private final CatalogService catalog;
    private final CourseProgressService progress;
    private final ReviewService reviews;
    private final NoLongerAvailable gone;
    private final ReviewStatsService stats;

    MyLearningPage(EnrollmentService enrollments, CatalogService catalog, CourseProgressService progress,
                   ReviewService reviews, NoLongerAvailable gone, ReviewStatsService stats) {
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.progress = progress;
        this.reviews = reviews;
        this.gone = gone;
        this.stats = stats;
    }

    /** The page's parts, each list in the order of the learner's courses (most recently joined first). */
    record View(List<CourseCard> courses, List<MyCourse> progress, ReviewQueue queue,
                List<Boolean> unavailable, List<List<String>> goneSections, DailyGoal goal) {
    }

    @Transactional(readOnly = true)
    View of(long userId) {
        List<Long> courseIds = enrollments.enrolledCourseIds(userId);
        NoLongerAvailable.Gone unavailable = gone.of(userId, courseIds);
        Set<Long> goneCourses = unavailable.courses();
        Map<Long, List<String>> goneSections = unavailable.sections();
        return new View(catalog.cardsByIds(courseIds),
                progress.courses(userId, courseIds).values().stream().toList(),
                reviews.queue(userId, courseIds),
                courseIds.stream().map(goneCourses::contains).toList(),
                courseIds.stream().map(id -> goneSections.getOrDefault(id, List.of())).toList(),
                stats.goal(userId));
    }
}
