package com.studyhall.review;

import com.studyhall.catalog.CourseRating;
import com.studyhall.catalog.ExpiringSnapshots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every review of a course with its writers' names, kept in memory per course: the course page
 * showed them by reading two tables on every request, though they change only when someone writes,
 * edits, answers, hides or shows a review. {@link CourseReviewService} drops a course's reviews when
 * it changes them, at once and again after the commit; another node's change, or a writer's new
 * name, shows within {@code app.catalog.cache-ttl}. The kept reviews are detached and only read.
 */
@Component
class KeptReviews {

    /** A course's reviews, newest first, and the display name of each writer still known. */
    record CourseReviewList(List<CourseReview> all, Map<Long, String> names) {

        /** Average and count of the visible reviews, as {@code CourseReviewRepository.ratings} counts them. */
        CourseRating rating() {
            var visible = all.stream().filter(r -> !r.isHidden()).mapToInt(CourseReview::getRating).summaryStatistics();
            return visible.getCount() == 0 ? CourseRating.NONE : new CourseRating(visible.getAverage(), visible.getCount());
        }
    }

    private final ExpiringSnapshots<Long, CourseReviewList> byCourse;

    KeptReviews(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.byCourse = new ExpiringSnapshots<>(ttl, System::nanoTime);
    }

    CourseReviewList get(long courseId, Supplier<CourseReviewList> loader) {
        return byCourse.get(courseId, loader);
    }

    /** Forgets the course's reviews now and again when the transaction under way ends. */
    void changed(long courseId) {
        ExpiringSnapshots.dropNowAndAfterTransaction(() -> byCourse.invalidate(courseId));
    }
}
