package com.studyhall.gradebook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A closed attempt opened again until a new deadline. The deadline is typed as a wall-clock time in
 * {@code zone}: the page arrives with UTC, and its script turns the value into the viewer's own zone
 * and says which (app.js); without script the page stays in UTC and says so.
 */
public class ReopenForm {

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime deadline;

    @Size(max = 500)
    private String reason;

    @Size(max = 64)
    private String zone = "UTC";

    static ReopenForm until(Instant deadline) {
        ReopenForm form = new ReopenForm();
        form.deadline = LocalDateTime.ofInstant(deadline, ZoneOffset.UTC);
        return form;
    }

    Instant deadlineInstant() {
        return deadline.atZone(zoneId()).toInstant();
    }

    /** The zone the deadline was typed in; an unknown name counts as UTC, as the page then says. */
    ZoneId zoneId() {
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (java.time.DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
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
