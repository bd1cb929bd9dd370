package com.studyhall.authoring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;

/**
 * Something in a course's trash: which entity, where it stood (section and position, so a
 * restore puts it back there), whether it was published, and who trashed it when. The entity's
 * own row stays where it was, stamped with {@code trashed_at}.
 */
@Entity
public class TrashEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private Long sectionId;

    @Size(max = 40)
    private String entityType;

    private long entityId;

    /** The studio path segment of an item's kind ("flashcards", "lessons", "questions"); null for sections and courses. */
    @Size(max = 20)
    private String kindPath;

    @Size(max = 300)
    private String title;

    private int position;

    private boolean wasPublished;

    private Long actorId;

    @Size(max = 80)
    private String actorName;

    private Instant trashedAt;

    protected TrashEntry() {
    }

    TrashEntry(long courseId, Long sectionId, String entityType, long entityId, String kindPath, String title,
               int position, boolean wasPublished, Editor editor, Instant trashedAt) {
        this.courseId = courseId;
        this.sectionId = sectionId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.kindPath = kindPath;
        this.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
        this.position = position;
        this.wasPublished = wasPublished;
        this.actorId = editor.userId();
        this.actorName = editor.name();
        this.trashedAt = trashedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getKindPath() {
        return kindPath;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public boolean isWasPublished() {
        return wasPublished;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getTrashedAt() {
        return trashedAt;
    }

    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneOffset.UTC).format(trashedAt);
    }

    /** Days until the retention sweep purges it, counting a started day (30 just after deleting, 1 on its last day). */
    public long daysLeft(Instant now, Duration retention) {
        return Math.max(0, (long) Math.ceil(Duration.between(now, trashedAt.plus(retention)).toMinutes() / 1440.0));
    }

    boolean isCourse() {
        return "Course".equals(entityType);
    }

    boolean isSection() {
        return "Section".equals(entityType);
    }
}
