package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** How many reviews a day the learner aims for; the streak counts the days that reached it. */
@Entity
class StudyGoal implements LearnerOwned {

    static final int DEFAULT_DAILY_REVIEWS = 20;
    static final int MAX_DAILY_REVIEWS = 9999;

    @Id
    private Long userId;

    private int dailyReviews;

    @Version
    private Long version;

    protected StudyGoal() {
    }

    StudyGoal(long userId, int dailyReviews) {
        this.userId = userId;
        this.dailyReviews = dailyReviews;
    }

    int getDailyReviews() {
        return dailyReviews;
    }

    void setDailyReviews(int dailyReviews) {
        this.dailyReviews = dailyReviews;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
