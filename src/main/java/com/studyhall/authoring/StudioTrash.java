package com.studyhall.authoring;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import com.studyhall.catalog.SectionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The studio's trash. Deleting stamps the row's {@code trashed_at} and writes a {@link TrashEntry};
 * nothing that points at the row (children, order, learners' marks, card schedules, attempts) is
 * touched, so a restore brings everything back as it was. Trashed items are hidden by their
 * entities' SQL restriction, so restoring and purging them is plain SQL on their tables.
 * Purging removes the content for good, but never a learner's record: a section or course that
 * learners have progress, attempts or enrollments in stays in the trash.
 */
@Service
public class StudioTrash {

    /** Item tables by the entity type the history and the trash name them with. */
    private static final Map<String, String> ITEM_TABLES = Map.of(
            "chapter", "audiobook_chapter", "key concept", "key_concept", "example", "worked_example",
            "memory aid", "memory_aid", "flashcard", "flashcard", "glossary term", "glossary_term",
            "lesson part", "lesson_part", "question", "question");

    private static final String SECTION_HAS_LEARNERS = """
            select count(*) from section s where s.id = ? and (
              exists (select 1 from study_mark m where m.section_id = s.id)
              or exists (select 1 from card_schedule c where c.section_id = s.id)
              or exists (select 1 from test_attempt a join mock_test t on t.id = a.mock_test_id where t.section_id = s.id))""";

    private static final String COURSE_HAS_LEARNERS = """
            select count(*) from course c where c.id = ? and (
              exists (select 1 from enrollment e where e.course_id = c.id)
              or exists (select 1 from study_mark m join section s on s.id = m.section_id where s.course_id = c.id)
              or exists (select 1 from test_attempt a join mock_test t on t.id = a.mock_test_id
                         join section s on s.id = t.section_id where s.course_id = c.id))""";

    private final TrashEntryRepository entries;
    private final StudioAccess access;
    private final CourseRepository courses;
    private final SectionRepository sections;
    private final StudioHistory history;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    StudioTrash(TrashEntryRepository entries, StudioAccess access, CourseRepository courses, SectionRepository sections,
                StudioHistory history, JdbcTemplate jdbc, Clock clock,
                @Value("${app.studio.trash-retention:P30D}") Duration retention) {
        this.entries = entries;
        this.access = access;
        this.courses = courses;
        this.sections = sections;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** One line of the trash page. */
    public record Line(TrashEntry entry, String where, long daysLeft) {
    }

    Duration retention() {
        return retention;
    }

    /** Puts an item in the trash; the caller renumbers the items left. Joins the caller's transaction. */
    void trashItem(Section section, SectionItem item, String entityType, String kindPath, String title, Editor editor) {
        item.trash(clock.instant());
        entries.save(new TrashEntry(section.getCourse().getId(), section.getId(), entityType, item.getId(), kindPath,
                title, item.getPosition(), false, editor, clock.instant()));
    }

    @Transactional
    public void trashSection(String courseSlug, String sectionSlug, Editor editor) {
        Section section = access.section(courseSlug, sectionSlug, editor);
        long courseId = section.getCourse().getId();
        section.setTrashedAt(clock.instant());
        entries.save(new TrashEntry(courseId, section.getId(), "Section", section.getId(), null, section.getTitle(),
                section.getPosition(), section.isPublished(), editor, clock.instant()));
        List<Section> rest = new ArrayList<>(sections.findByCourseIdOrderByPosition(courseId));
        rest.remove(section);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
        history.record(courseId, "Section", section.getId(), "deleted",
                "Moved section " + section.getTitle() + " to the trash", editor);
    }

    /** A course leaves the catalog and the studio lists; learners keep it on "My learning" as no longer available. */
    @Transactional
    public void trashCourse(String courseSlug, Editor editor) {
        Course course = access.course(courseSlug, editor);
        entries.save(new TrashEntry(course.getId(), null, "Course", course.getId(), null, course.getTitle(), 0,
                course.isPublished(), editor, clock.instant()));
        course.setPublished(false);
        course.setTrashedAt(clock.instant());
        history.record(course.getId(), "Course", course.getId(), "deleted",
                "Moved course " + course.getTitle() + " to the trash", editor);
    }

    /** What a course's trash holds (items and sections), newest first. */
    @Transactional(readOnly = true)
    public List<Line> ofCourse(String courseSlug, Editor editor) {
        Course course = access.course(courseSlug, editor);
        Map<Long, String> sectionTitles = new java.util.HashMap<>();
        jdbc.query("select id, title from section where course_id = ?",
                row -> { sectionTitles.put(row.getLong(1), row.getString(2)); }, course.getId());
        return entries.findByCourseIdAndEntityTypeNotOrderByTrashedAtDescIdDesc(course.getId(), "Course").stream()
                .map(entry -> line(entry, entry.isSection() ? "" : sectionTitles.getOrDefault(entry.getSectionId(), "")))
                .toList();
    }

    /** Trashed courses this editor may restore: their own, or all for an admin. */
    @Transactional(readOnly = true)
    public List<Line> courses(Editor editor) {
        return entries.findByEntityTypeOrderByTrashedAtDescIdDesc("Course").stream()
                .filter(entry -> courses.findById(entry.getCourseId()).filter(c -> editor.viewer().canEdit(c)).isPresent())
                .map(entry -> line(entry, "")).toList();
    }

    private Line line(TrashEntry entry, String where) {
        return new Line(entry, where, entry.daysLeft(clock.instant(), retention));
    }

    /** The entry, if this editor may act on it. Someone else's course answers like a missing entry. */
    @Transactional(readOnly = true)
    public TrashEntry entry(long entryId, Editor editor) {
        return entries.findById(entryId)
                .filter(entry -> courses.findById(entry.getCourseId()).filter(c -> editor.viewer().canEdit(c)).isPresent())
                .orElseThrow(() -> new CourseNotFoundException("Trash entry " + entryId));
    }

    /** Puts the entry's content back where it stood; returns the notice to show. */
    @Transactional
    public String restore(long entryId, Editor editor) {
        TrashEntry entry = entry(entryId, editor);
        Course course = courses.findById(entry.getCourseId()).orElseThrow();
        if (entry.isCourse()) {
            course.setTrashedAt(null);
            course.setPublished(entry.isWasPublished());
        } else if (entry.isSection()) {
            restoreSection(entry);
        } else {
            restoreItem(entry);
        }
        entries.delete(entry);
        history.record(course.getId(), entry.getEntityType(), entry.getEntityId(), "restored",
                "Restored " + describe(entry) + " from the trash", editor);
        return "Restored " + describe(entry) + ".";
    }

    private void restoreSection(TrashEntry entry) {
        Section section = sections.findById(entry.getEntityId()).orElseThrow();
        List<Section> ordered = new ArrayList<>(sections.findByCourseIdOrderByPosition(entry.getCourseId()));
        ordered.add(Math.min(Math.max(entry.getPosition() - 1, 0), ordered.size()), section);
        section.setTrashedAt(null);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    private void restoreItem(TrashEntry entry) {
        String table = table(entry);
        Integer count = jdbc.queryForObject("select count(*) from " + table + " where section_id = ? and trashed_at is null",
                Integer.class, entry.getSectionId());
        int position = Math.min(entry.getPosition(), count + 1);
        jdbc.update("update " + table + " set position = position + 1 where section_id = ? and trashed_at is null and position >= ?",
                entry.getSectionId(), position);
        jdbc.update("update " + table + " set trashed_at = null, position = ? where id = ?", position, entry.getEntityId());
    }

    /**
     * "Restore with this text" on an edit-against-delete page: brings the item back from this
     * section's trash so the caller can save the text over it. False when it is not (or no longer)
     * there; the caller then adds the text as a new item.
     */
    @Transactional
    public boolean restoreForEdit(Section section, String entityType, long id, Editor editor) {
        var entry = entries.findByEntityTypeAndEntityId(entityType, id)
                .filter(found -> section.getId().equals(found.getSectionId()));
        if (entry.isEmpty()) {
            return false;
        }
        restoreItem(entry.get());
        entries.delete(entry.get());
        history.record(section.getCourse().getId(), entityType, id, "restored",
                "Restored " + describe(entry.get()) + " from the trash with the text typed meanwhile", editor);
        return true;
    }

    /** Removes the entry's content for good (after a confirm page); returns the notice to show. */
    @Transactional
    public String purge(long entryId, Editor editor) {
        TrashEntry entry = entry(entryId, editor);
        if (!purgeable(entry)) {
            return keptNotice(entry);
        }
        purgeRow(entry);
        if (!entry.isCourse()) {
            history.record(entry.getCourseId(), entry.getEntityType(), entry.getEntityId(), "purged",
                    "Deleted " + describe(entry) + " for good", editor);
        }
        return "Deleted " + describe(entry) + " for good.";
    }

    static String keptNotice(TrashEntry entry) {
        return "Learners have progress, attempts or enrollments in " + describe(entry)
                + ", so it stays in the trash: their records are never deleted by an author.";
    }

    /** The retention sweep: everything trashed longer ago than the retention period, except what learners' records hold. */
    @Scheduled(fixedDelayString = "${app.studio.trash-sweep:PT6H}", initialDelayString = "${app.studio.trash-sweep:PT6H}")
    @Transactional
    public int purgeExpired() {
        int purged = 0;
        for (TrashEntry entry : entries.findByTrashedAtBefore(clock.instant().minus(retention))) {
            if (entries.existsById(entry.getId()) && purgeable(entry)) {
                purgeRow(entry);
                purged++;
            }
        }
        return purged;
    }

    private boolean purgeable(TrashEntry entry) {
        if (entry.isCourse()) {
            return jdbc.queryForObject(COURSE_HAS_LEARNERS, Integer.class, entry.getEntityId()) == 0;
        }
        if (entry.isSection()) {
            return jdbc.queryForObject(SECTION_HAS_LEARNERS, Integer.class, entry.getEntityId()) == 0;
        }
        return true;
    }

    /**
     * Deletes the row; the schema's cascades take its children (and, for a section or course, the
     * trash entries inside it). Learners' marks on an item keep their row: they have no foreign key.
     */
    private void purgeRow(TrashEntry entry) {
        entries.delete(entry);
        entries.flush();
        String table = entry.isCourse() ? "course" : entry.isSection() ? "section" : table(entry);
        if (entry.isCourse()) {
            jdbc.update("delete from studio_change where course_id = ?", entry.getEntityId());
        }
        jdbc.update("delete from " + table + " where id = ?", entry.getEntityId());
    }

    private static String table(TrashEntry entry) {
        String table = ITEM_TABLES.get(entry.getEntityType());
        if (table == null) {
            throw new IllegalStateException("No table for " + entry.getEntityType());
        }
        return table;
    }

    static String describe(TrashEntry entry) {
        return (entry.isCourse() ? "course" : entry.isSection() ? "section" : entry.getEntityType())
                + " “" + entry.getTitle() + "”";
    }
}
