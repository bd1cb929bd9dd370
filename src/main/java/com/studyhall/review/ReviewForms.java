package com.studyhall.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the reviews block: a review, a reply, a reason to hide. */
final class ReviewForms {

    private ReviewForms() {
    }

    static class ReviewForm {
        @NotNull(message = "choose from 1 to 5 stars")
        @Min(value = 1, message = "choose from 1 to 5 stars")
        @Max(value = 5, message = "choose from 1 to 5 stars")
        private Integer rating;

        @Size(max = 4000, message = "at most 4,000 characters")
        private String body = "";

        public Integer getRating() { return rating; }
        public void setRating(Integer rating) { this.rating = rating; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body == null ? "" : body; }
    }

    static class ReplyForm {
        @Size(max = 2000, message = "at most 2,000 characters")
        private String reply = "";

        public String getReply() { return reply; }
        public void setReply(String reply) { this.reply = reply == null ? "" : reply; }
    }

    static class HideForm {
        @NotBlank(message = "say why the review is hidden")
        @Size(max = 500, message = "at most 500 characters")
        private String reason = "";

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason == null ? "" : reason; }
    }
}
