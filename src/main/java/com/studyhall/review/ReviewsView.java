package com.studyhall.review;

import com.studyhall.catalog.CourseRating;
import com.studyhall.catalog.CourseReviews;

import java.time.Instant;
import java.util.List;

/**
 * The course page's reviews block as one viewer sees it: the rating, the reviews they may read,
 * their own review and whether they may write one, reply or moderate.
 */
public record ReviewsView(String courseSlug, CourseRating rating, List<ReviewView> reviews, ReviewView own,
                          Eligibility eligibility, boolean canReply, boolean canModerate) implements CourseReviews.Block {

    /** One review as shown; hidden ones only reach admins and their own author. */
    public record ReviewView(long id, String learnerName, String initials, int rating, String body,
                             Instant createdAt, boolean edited, String reply, Instant repliedAt,
                             boolean hidden, String hiddenReason, boolean own) {

        /** "★★★★☆" for the eye; pages also say the number in words. */
        public String stars() {
            return "★".repeat(rating) + "☆".repeat(5 - rating);
        }
    }

    /** Whether the viewer may rate the course, and if not, why (shown in place of the form). */
    public enum Eligibility {
        MAY_REVIEW(null),
        SIGN_IN("Sign in, enroll and finish a section to rate this course."),
        ENROLL("Enroll and finish a section to rate this course."),
        FINISH_A_SECTION("Finish a section (every lesson part, summary, chapter and card) to rate this course."),
        TEACHES("You teach this course, so you reply to reviews instead of writing one.");

        private final String reason;

        Eligibility(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        public boolean allowed() {
            return this == MAY_REVIEW;
        }
    }
}
