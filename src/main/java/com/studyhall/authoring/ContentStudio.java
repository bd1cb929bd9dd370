package com.studyhall.authoring;

import com.studyhall.assessment.AttemptQuestionRepository;
import com.studyhall.assessment.MockTestRepository;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import com.studyhall.catalog.SectionItemRepository;
import com.studyhall.study.StudyRepositories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Section content in the studio. Simple kinds go through {@link ItemKind}; moving and deleting
 * works the same for every ordered kind, lesson parts and questions included.
 */
@Service
public class ContentStudio {

    private final StudioAccess access;
    private final ItemKinds kinds;
    private final StudyRepositories content;
    private final QuestionRepository questions;
    private final MockTestRepository tests;
    private final StudioHistory history;
    private final AttemptQuestionRepository attemptQuestions;
    private final StudioTrash trash;

    ContentStudio(StudioAccess access, ItemKinds kinds, StudyRepositories content, QuestionRepository questions,
                  MockTestRepository tests, StudioHistory history, AttemptQuestionRepository attemptQuestions,
                  StudioTrash trash) {
        this.access = access;
        this.kinds = kinds;
        this.content = content;
        this.questions = questions;
        this.tests = tests;
        this.history = history;
        this.attemptQuestions = attemptQuestions;
        this.trash = trash;
    }

    @Transactional(readOnly = true)
    public SectionOutline outline(String course, String sectionSlug, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        long id = section.getId();
        var kindLists = new ArrayList<SectionOutline.KindList>();
        for (ItemKind<?> kind : kinds.all()) {
            kindLists.add(kindList(kind, id));
        }
        return new SectionOutline(
                lines(content.lessonParts().findBySectionIdOrderByPosition(id), p -> p.getTitle()),
                content.summaries().findBySectionId(id).isPresent(), tests.findBySectionId(id).isPresent(),
                kindLists,
                questionLines(questions.findBySectionIdOrderByPosition(id)));
    }

    /** A question's line carries its category, shown beside it in the bank. */
    private static List<SectionOutline.Line> questionLines(List<Question> bank) {
        List<SectionOutline.Line> lines = lines(bank, q -> q.getType().label() + ": " + q.getPrompt());
        return IntStream.range(0, bank.size())
                .mapToObj(i -> new SectionOutline.Line(lines.get(i).id(), lines.get(i).text(), bank.get(i).getCategory()))
                .toList();
    }

    private <E extends SectionItem> SectionOutline.KindList kindList(ItemKind<E> kind, long sectionId) {
        return new SectionOutline.KindList(kind.path, kind.plural, kind.singular,
                lines(kind.repository().findBySectionIdOrderByPosition(sectionId), kind::headline));
    }

    private static <E extends SectionItem> List<SectionOutline.Line> lines(List<E> items, Function<E, String> text) {
        return items.stream().map(item -> {
            String line = text.apply(item);
            return new SectionOutline.Line(item.getId(), line.length() > 90 ? line.substring(0, 89) + "…" : line);
        }).toList();
    }

    @Transactional(readOnly = true)
    public void requireSection(String course, String sectionSlug, Editor editor) {
        access.section(course, sectionSlug, editor);
    }

    @Transactional(readOnly = true)
    public ItemForm itemForm(String course, String sectionSlug, String kindPath, long id, Editor editor) {
        return form(kinds.get(kindPath), access.section(course, sectionSlug, editor), id);
    }

    /** The item's form holding an earlier version from the history ("restore this version"). */
    @Transactional(readOnly = true)
    public ItemForm itemFormAt(String course, String sectionSlug, String kindPath, long id, long changeId, Editor editor) {
        ItemKind<?> kind = kinds.get(kindPath);
        Section section = access.section(course, sectionSlug, editor);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        CourseStudio.requireAbout(change, kind.singular, id);
        return form(kind, section, id).restoring(change.after(), changeId);
    }

    private <E extends SectionItem> ItemForm form(ItemKind<E> kind, Section section, long id) {
        E item = access.item(section, kind.repository().findById(id), kind.singular);
        return ItemForm.of(kind.read(item), item.getVersion());
    }

    @Transactional
    public long createItem(String course, String sectionSlug, String kindPath, ItemForm form, Editor editor) {
        return create(kinds.get(kindPath), access.section(course, sectionSlug, editor), form, editor);
    }

    private <E extends SectionItem> long create(ItemKind<E> kind, Section section, ItemForm form, Editor editor) {
        if (form.getTrashedId() != null && trash.restoreForEdit(section, kind.singular, form.getTrashedId(), editor)) {
            E item = kind.repository().findById(form.getTrashedId()).orElseThrow();
            Map<String, String> before = kind.read(item);
            kind.apply(item, form.valuesFor(kind));
            kind.repository().flush();
            history.record(section.getCourse().getId(), kind.singular, item.getId(), "edited",
                    "Saved the text typed while it was deleted", editor, before, kind.read(item));
            return item.getId();
        }
        int position = (int) kind.repository().countBySectionId(section.getId()) + 1;
        E item = kind.repository().save(kind.create(section, position, form.valuesFor(kind)));
        history.record(section.getCourse().getId(), kind.singular, item.getId(), "created",
                "Added " + kind.singular + " " + kind.headline(item) + " to " + section.getTitle(), editor,
                null, kind.read(item));
        return item.getId();
    }

    @Transactional
    public void updateItem(String course, String sectionSlug, String kindPath, long id, ItemForm form, Editor editor) {
        update(kinds.get(kindPath), access.section(course, sectionSlug, editor), id, form, editor);
    }

    private <E extends SectionItem> void update(ItemKind<E> kind, Section section, long id, ItemForm form, Editor editor) {
        E item = access.itemToSave(section, kind.repository().findById(id), kind.singular, kind.singular, id, history);
        Conflicts.merge(form, ItemForm.of(kind.read(item), item.getVersion()), item.getVersion(),
                history.lastEditor(section.getCourse().getId(), kind.singular, id), kind::label);
        Map<String, String> before = kind.read(item);
        kind.apply(item, form.valuesFor(kind));
        kind.repository().flush();
        history.record(section.getCourse().getId(), kind.singular, item.getId(), "edited",
                (form.getRestoring() == null ? "Edited " : "Restored an earlier version of ") + kind.singular + " "
                        + kind.headline(item), editor, before, kind.read(item));
    }

    /** Moves any ordered item (a kind's path, "lessons" or "questions") a step up or down. */
    @Transactional
    public void move(String course, String sectionSlug, String path, long id, boolean up, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        move(repository(path), section, id, up, editor, path);
    }

    private <E extends SectionItem> void move(SectionItemRepository<E> repository, Section section, long id,
                                              boolean up, Editor editor, String path) {
        E item = access.item(section, repository.findById(id), path);
        List<E> ordered = new ArrayList<>(repository.findBySectionIdOrderByPosition(section.getId()));
        if (Reordering.swap(ordered, ordered.indexOf(item), up)) {
            renumber(ordered);
            history.record(section.getCourse().getId(), entityType(path), id, "moved", "Moved a " + entityType(path)
                    + (up ? " up" : " down") + " in " + section.getTitle(), editor);
        }
    }

    /**
     * Moves an item to the course's trash and returns the notice to show. A question attempts drew
     * leaves the bank (no new attempt draws it) while those attempts keep the version they drew.
     */
    @Transactional
    public String delete(String course, String sectionSlug, String path, long id, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        String kept = "";
        if (path.equals("questions")) {
            var usage = attemptQuestions.usage(id);
            if (usage.used()) {
                kept = " It was " + usage.shown() + "; those attempts keep it as they saw it.";
            }
        }
        delete(repository(path), section, id, editor, path, kept);
        return "Moved to the trash." + kept;
    }

    private <E extends SectionItem> void delete(SectionItemRepository<E> repository, Section section, long id,
                                                Editor editor, String path, String kept) {
        E item = access.item(section, repository.findById(id), path);
        trash.trashItem(section, item, entityType(path), path, title(path, item), editor);
        repository.flush();
        List<E> rest = new ArrayList<>(repository.findBySectionIdOrderByPosition(section.getId()));
        rest.remove(item);
        renumber(rest);
        history.record(section.getCourse().getId(), entityType(path), id, "deleted", "Moved a " + entityType(path)
                + " from " + section.getTitle() + " to the trash." + kept, editor);
    }

    /** The line that names an item in the trash, as the section outline names it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String title(String path, SectionItem item) {
        if (item instanceof com.studyhall.study.LessonPart part) {
            return part.getTitle();
        }
        if (item instanceof com.studyhall.assessment.Question question) {
            return question.getType().label() + ": " + question.getPrompt();
        }
        return ((ItemKind) kinds.get(path)).headline(item);
    }

    private static <E extends SectionItem> void renumber(List<E> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).moveTo(i + 1);
            }
        }
    }

    private SectionItemRepository<? extends SectionItem> repository(String path) {
        return switch (path) {
            case "lessons" -> content.lessonParts();
            case "questions" -> questions;
            default -> kinds.get(path).repository();
        };
    }

    /** The name the history uses for items of the path, as their create and edit entries do. */
    private String entityType(String path) {
        return switch (path) {
            case "lessons" -> "lesson part";
            case "questions" -> "question";
            default -> kinds.get(path).singular;
        };
    }

    ItemKind<?> kind(String path) {
        return kinds.get(path);
    }
}
