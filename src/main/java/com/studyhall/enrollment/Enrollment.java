package com.studyhall.enrollment;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * A learner's free enrollment in a course. It refers to both by id only, so enrollment depends
 * on no other feature and every feature may ask it.
 */
@Entity
public class Enrollment implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long courseId;

    private Instant enrolledAt;

    protected Enrollment() {
    }

    public Enrollment(long userId, long courseId, Instant enrolledAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.enrolledAt = enrolledAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
