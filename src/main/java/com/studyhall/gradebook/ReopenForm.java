package com.studyhall.gradebook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A closed attempt opened again until a new deadline, given in UTC as the test pages show times. */
public class ReopenForm {

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime deadline;

    @Size(max = 500)
    private String reason;

    static ReopenForm until(Instant deadline) {
        ReopenForm form = new ReopenForm();
        form.deadline = LocalDateTime.ofInstant(deadline, ZoneOffset.UTC);
        return form;
    }

    Instant deadlineInstant() {
        return deadline.toInstant(ZoneOffset.UTC);
    }

    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
