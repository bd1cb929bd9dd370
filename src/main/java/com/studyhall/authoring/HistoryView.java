package com.studyhall.authoring;

import com.studyhall.assessment.QuestionRepository;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.SectionItem;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.study.StudyRepositories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One entity's history with its content: for every change the fields it changed as a word-level
 * diff, and a link that opens the entity's form holding that version ("restore this version").
 */
@Service
class HistoryView {

    /** A field a change touched: its label and the diff from before to after. */
    public record FieldDiff(String label, List<WordDiff.Piece> pieces) {
    }

    /** A change with its diffs; {@code restoreUrl} is null where there is nothing to restore. */
    public record Line(StudioChange change, List<FieldDiff> fields, String restoreUrl) {
    }

    private final StudioAccess access;
    private final StudioHistory history;
    private final SectionRepository sections;
    private final ItemKinds kinds;
    private final QuestionRepository questions;
    private final StudyRepositories content;

    HistoryView(StudioAccess access, StudioHistory history, SectionRepository sections, ItemKinds kinds,
                QuestionRepository questions, StudyRepositories content) {
        this.access = access;
        this.history = history;
        this.sections = sections;
        this.kinds = kinds;
        this.questions = questions;
        this.content = content;
    }

    @Transactional(readOnly = true)
    List<Line> of(String courseSlug, String entityType, long entityId, Editor editor) {
        Course course = access.course(courseSlug, editor);
        List<StudioChange> changes = history.ofEntity(course.getId(), entityType, entityId);
        Optional<ItemKind<?>> kind = kinds.all().stream().filter(k -> k.singular.equals(entityType)).findFirst();
        Function<String, String> label = kind.<Function<String, String>>map(k -> k::label).orElse(name -> name);
        String editUrl = editUrl(course, entityType, entityId, kind);
        var lines = new ArrayList<Line>();
        boolean newest = true;
        for (StudioChange change : changes) {
            // A "published" change keeps the whole course as learners saw it: compared on its own page, not here.
            if (change.getAction().equals("published")) {
                lines.add(new Line(change, List.of(), null));
                continue;
            }
            boolean restorable = editUrl != null && change.hasContent() && !newest;
            if (change.hasContent()) {
                newest = false;
            }
            lines.add(new Line(change, diffs(change, label), restorable ? editUrl + "?restore=" + change.getId() : null));
        }
        return lines;
    }

    /** The form that edits the entity, if it is a kind the history can restore and it is not in the trash. */
    private String editUrl(Course course, String entityType, long entityId, Optional<ItemKind<?>> kind) {
        String base = "/studio/courses/" + course.getSlug();
        if (entityType.equals("Course")) {
            return entityId == course.getId() ? base : null;
        }
        // A section's summary and test settings are named in the history by the section's id.
        String onePerSection = switch (entityType) {
            case "Section" -> "";
            case "summary" -> "/summary";
            case "test settings" -> "/test";
            default -> null;
        };
        if (onePerSection != null) {
            return sections.findById(entityId).filter(s -> !s.isTrashed() && s.getCourse().getId().equals(course.getId()))
                    .map(s -> base + "/sections/" + s.getSlug() + onePerSection).orElse(null);
        }
        Optional<? extends SectionItem> item = switch (entityType) {
            case "question" -> questions.findById(entityId);
            case "lesson part" -> content.lessonParts().findById(entityId);
            default -> kind.flatMap(k -> k.repository().findById(entityId).map(found -> (SectionItem) found));
        };
        String path = switch (entityType) {
            case "question" -> "questions";
            case "lesson part" -> "lessons";
            default -> kind.map(k -> k.path).orElse(null);
        };
        return item.filter(found -> found.getSection().getCourse().getId().equals(course.getId())
                        && !found.getSection().isTrashed())
                .map(found -> base + "/sections/" + found.getSection().getSlug() + "/" + path + "/" + entityId)
                .orElse(null);
    }

    /** The fields whose text differs before and after the change (all of them for a creation). */
    static List<FieldDiff> diffs(StudioChange change, Function<String, String> label) {
        return diffs(change.before(), change.after(), label);
    }

    static List<FieldDiff> diffs(Map<String, String> before, Map<String, String> after, Function<String, String> label) {
        var keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        var fields = new ArrayList<FieldDiff>();
        for (String key : keys) {
            String old = before.getOrDefault(key, "");
            String now = after.getOrDefault(key, "");
            if (!old.equals(now)) {
                fields.add(new FieldDiff(label.apply(key), WordDiff.of(old, now)));
            }
        }
        return fields;
    }
}
