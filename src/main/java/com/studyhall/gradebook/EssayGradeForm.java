package com.studyhall.gradebook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An instructor's grade of one essay answer: points and a comment for the learner. */
public class EssayGradeForm {

    @NotNull
    @Min(0)
    @Max(1000)
    private Integer score;

    @Size(max = 4000)
    private String feedback;

    static EssayGradeForm of(Integer score, String feedback) {
        EssayGradeForm form = new EssayGradeForm();
        form.score = score;
        form.feedback = feedback;
        return form;
    }

    String feedbackOrNull() {
        return feedback == null || feedback.isBlank() ? null : feedback.strip().replace("\r\n", "\n");
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
