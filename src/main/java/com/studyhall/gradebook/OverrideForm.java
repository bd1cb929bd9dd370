package com.studyhall.gradebook;

import com.studyhall.assessment.Allowance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Extra attempts and minutes for one learner on one test, with why (kept in the history). */
public class OverrideForm {

    @NotNull
    @Min(0)
    @Max(50)
    private Integer extraAttempts = 0;

    @NotNull
    @Min(0)
    @Max(1440)
    private Integer extraMinutes = 0;

    @Size(max = 500)
    private String reason;

    static OverrideForm of(Allowance allowance, String reason) {
        OverrideForm form = new OverrideForm();
        form.extraAttempts = allowance.extraAttempts();
        form.extraMinutes = allowance.extraMinutes();
        form.reason = reason;
        return form;
    }

    Allowance toAllowance() {
        return new Allowance(extraAttempts, extraMinutes);
    }

    /** The reason as stored: trimmed, and none rather than blank. */
    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Integer getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(Integer extraAttempts) {
        this.extraAttempts = extraAttempts;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
