package com.studyhall.authoring;

import com.studyhall.catalog.CourseContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes and reads the studio history. Writes join the caller's transaction, so a failed edit leaves no entry. */
@Service
class StudioHistory {

    private final StudioChangeRepository changes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StudioHistory(StudioChangeRepository changes, Clock clock, ApplicationEventPublisher events) {
        this.changes = changes;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(long courseId, String entityType, Long entityId, String action, String summary, Editor editor) {
        changes.save(new StudioChange(courseId, entityType, entityId, action, summary, editor, clock.instant()));
        events.publishEvent(new CourseContentChanged(courseId));
    }

    /** A change with its content: the fields (by the form's labels or names) before and after it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(long courseId, String entityType, Long entityId, String action, String summary, Editor editor,
                Map<String, String> before, Map<String, String> after) {
        changes.save(new StudioChange(courseId, entityType, entityId, action, summary, editor, clock.instant())
                .withContent(before, after));
        events.publishEvent(new CourseContentChanged(courseId));
    }

    /** One change of the course, for restoring its version. */
    @Transactional(readOnly = true)
    StudioChange change(long courseId, long changeId) {
        return changes.findById(changeId).filter(change -> change.getCourseId() == courseId && change.hasContent())
                .orElseThrow(() -> new com.studyhall.catalog.CourseNotFoundException("Change " + changeId));
    }

    /** One entity's changes, newest first; the course id keeps editors inside their own courses. */
    @Transactional(readOnly = true)
    List<StudioChange> ofEntity(long courseId, String entityType, long entityId) {
        return changes.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId).stream()
                .filter(change -> change.getCourseId() == courseId).toList();
    }

    @Transactional(readOnly = true)
    List<StudioChange> ofCourse(long courseId) {
        return changes.findTop200ByCourseIdOrderByChangedAtDescIdDesc(courseId);
    }

    /** Who deleted the entity and when, from its history, or null when the history does not say. */
    @Transactional(readOnly = true)
    String deletedBy(long courseId, String entityType, long entityId) {
        return ofEntity(courseId, entityType, entityId).stream().filter(change -> change.getAction().equals("deleted"))
                .findFirst().map(StudioHistory::actorAndTime).orElse(null);
    }

    private static String actorAndTime(StudioChange change) {
        return change.getActorName() + " at " + change.getWhen() + " UTC";
    }

    /** Who made the entity's latest change and when, for a conflict page; null when the history is empty. */
    @Transactional(readOnly = true)
    String lastEditor(long courseId, String entityType, long entityId) {
        return ofEntity(courseId, entityType, entityId).stream().findFirst()
                .map(StudioHistory::actorAndTime).orElse(null);
    }
}
