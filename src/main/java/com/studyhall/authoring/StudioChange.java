package com.studyhall.authoring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** One change made in the studio: who did what to which entity of a course, and when. */
@Entity
public class StudioChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    @Size(max = 40)
    private String entityType;

    private Long entityId;

    @Size(max = 20)
    private String action;

    @Size(max = 300)
    private String summary;

    private Long actorId;

    @Size(max = 80)
    private String actorName;

    private Instant changedAt;

    /** The fields before and after the change ({@link MergeableForm#encode}); null where the change has none. */
    private String contentBefore;

    private String contentAfter;

    protected StudioChange() {
    }

    StudioChange(long courseId, String entityType, Long entityId, String action, String summary,
                 Editor editor, Instant changedAt) {
        this.courseId = courseId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary.length() > 300 ? summary.substring(0, 299) + "…" : summary;
        this.actorId = editor.userId();
        this.actorName = editor.name();
        this.changedAt = changedAt;
    }

    StudioChange withContent(java.util.Map<String, String> before, java.util.Map<String, String> after) {
        this.contentBefore = before == null ? null : MergeableForm.encode(before);
        this.contentAfter = after == null ? null : MergeableForm.encode(after);
        return this;
    }

    public Long getId() {
        return id;
    }

    /** The fields as they were before the change; empty when it has none (a creation, or a change older than the content history). */
    public java.util.Map<String, String> before() {
        var values = MergeableForm.decode(contentBefore);
        return values == null ? java.util.Map.of() : values;
    }

    /** The fields as the change left them; empty when it kept none. */
    public java.util.Map<String, String> after() {
        var values = MergeableForm.decode(contentAfter);
        return values == null ? java.util.Map.of() : values;
    }

    public boolean hasContent() {
        return contentAfter != null;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The moment in UTC, to the second, as the history page shows it. */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(changedAt);
    }
}
