package com.studyhall.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** An earlier wording of a review, kept when its learner edits it: nothing written is lost. */
@Entity
class CourseReviewEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reviewId;

    private int rating;

    @Size(max = 4000)
    private String body;

    /** When this wording was written (the review's updatedAt before the edit). */
    private Instant writtenAt;

    protected CourseReviewEdit() {
    }

    CourseReviewEdit(CourseReview review) {
        this.reviewId = review.getId();
        this.rating = review.getRating();
        this.body = review.getBody();
        this.writtenAt = review.getUpdatedAt();
    }

    int getRating() { return rating; }
    String getBody() { return body; }
    Instant getWrittenAt() { return writtenAt; }
}
