package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A learner's daily limits for one course's cards. Without a row the defaults hold. */
@Entity
class ReviewSettings implements LearnerOwned {

    static final int DEFAULT_NEW_PER_DAY = 20;
    static final int DEFAULT_REVIEWS_PER_DAY = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long courseId;

    private int newPerDay;

    private int reviewsPerDay;

    @Version
    private long version;

    protected ReviewSettings() {
    }

    ReviewSettings(long userId, long courseId) {
        this.userId = userId;
        this.courseId = courseId;
        this.newPerDay = DEFAULT_NEW_PER_DAY;
        this.reviewsPerDay = DEFAULT_REVIEWS_PER_DAY;
    }

    void limit(DailyLimits.Limit limit) {
        this.newPerDay = limit.newCards();
        this.reviewsPerDay = limit.reviews();
    }

    DailyLimits.Limit limit() {
        return new DailyLimits.Limit(newPerDay, reviewsPerDay);
    }

    Long getCourseId() {
        return courseId;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
