package com.studyhall.review;

import java.time.Instant;
import java.util.List;

/** The review page: the viewer's own review (rating 0 when none yet) and its earlier wordings. */
public record OwnReview(String courseSlug, String courseTitle, ReviewsView.Eligibility eligibility, int rating,
                        String body, List<Earlier> earlier) {

    public record Earlier(int rating, String body, Instant writtenAt) {
    }
}
