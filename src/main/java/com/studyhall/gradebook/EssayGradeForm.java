package com.studyhall.gradebook;

import com.studyhall.assessment.Points;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An instructor's grade of one essay answer: points and a comment for the learner. The score is
 * typed as text so "2.5", "2,5" and a word all reach the page's own checks (a clear message
 * each), never a conversion error.
 */
public class EssayGradeForm {

    @NotBlank
    @Size(max = 20)
    private String score;

    @Size(max = 4000)
    private String feedback;

    static EssayGradeForm of(BigDecimal score, String feedback) {
        EssayGradeForm form = new EssayGradeForm();
        form.score = score == null ? null : Points.text(score);
        form.feedback = feedback;
        return form;
    }

    /** The score as a number (a comma read as the decimal point), or null when it is not one. */
    BigDecimal scoreValue() {
        String plain = score.strip().replace(',', '.');
        return plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)") ? new BigDecimal(plain) : null;
    }

    String feedbackOrNull() {
        return feedback == null || feedback.isBlank() ? null : feedback.strip().replace("\r\n", "\n");
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
