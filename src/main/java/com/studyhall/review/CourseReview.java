package com.studyhall.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One learner's rating (1–5) and review of one course. Edits keep the earlier wording as a
 * {@link CourseReviewEdit}; a hidden review keeps its text and the admin's reason.
 */
@Entity
class CourseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private long learnerId;

    private int rating;

    @Size(max = 4000)
    private String body;

    private Instant createdAt;

    private Instant updatedAt;

    @Size(max = 2000)
    private String reply;

    private Instant repliedAt;

    @Size(max = 500)
    private String hiddenReason;

    private Instant hiddenAt;

    @Version
    private long version;

    protected CourseReview() {
    }

    CourseReview(long courseId, long learnerId, int rating, String body, Instant now) {
        this.courseId = courseId;
        this.learnerId = learnerId;
        this.rating = rating;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The new wording; the caller keeps the old one first. */
    void rewrite(int rating, String body, Instant now) {
        this.rating = rating;
        this.body = body;
        this.updatedAt = now;
    }

    void reply(String reply, Instant now) {
        this.reply = reply;
        this.repliedAt = now;
    }

    void hide(String reason, Instant now) {
        this.hiddenReason = reason;
        this.hiddenAt = now;
    }

    void show() {
        this.hiddenReason = null;
        this.hiddenAt = null;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    Long getId() { return id; }
    long getCourseId() { return courseId; }
    long getLearnerId() { return learnerId; }
    int getRating() { return rating; }
    String getBody() { return body; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    String getReply() { return reply; }
    Instant getRepliedAt() { return repliedAt; }
    String getHiddenReason() { return hiddenReason; }
}
