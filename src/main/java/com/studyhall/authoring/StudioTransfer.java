package com.studyhall.authoring;

import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.authoring.CourseBundle.FlashcardBundle;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Section;
import com.studyhall.study.Flashcard;
import com.studyhall.study.StudyRepositories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Import and export: whole courses as bundles, flashcards as Anki TSV, questions as GIFT. Every
 * import runs in one transaction and checks the whole file first, so a bad file changes nothing.
 */
@Service
public class StudioTransfer {

    private final StudioAccess access;
    private final CourseBundleExporter exporter;
    private final CourseBundleImporter importer;
    private final UserAccountRepository users;
    private final StudyRepositories content;
    private final QuestionRepository questions;
    private final StudioHistory history;
    private final JsonMapper json;

    StudioTransfer(StudioAccess access, CourseBundleExporter exporter, CourseBundleImporter importer,
                   UserAccountRepository users, StudyRepositories content, QuestionRepository questions,
                   StudioHistory history, JsonMapper json) {
        this.access = access;
        this.exporter = exporter;
        this.importer = importer;
        this.users = users;
        this.content = content;
        this.questions = questions;
        this.history = history;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public String exportBundle(String course, Editor editor) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(exporter.export(course, editor));
    }

    /**
     * Imports a bundle as a new course owned by the editor, under newSlug when given. Publication
     * flags travel with the bundle, so an export imports back exactly as it was; a copy under a new
     * slug arrives as a draft (course unpublished).
     */
    @Transactional
    public String importBundle(String bundleJson, String newSlug, Editor editor) {
        CourseBundle bundle;
        try {
            bundle = json.readValue(bundleJson, CourseBundle.class);
        } catch (JacksonException unreadable) {
            throw new BundleException(BundleReadError.describe(unreadable));
        }
        if (bundle == null) {
            throw new BundleException("the file is empty");
        }
        if (newSlug != null && !newSlug.isBlank()) {
            bundle = bundle.asDraftCopy(newSlug.strip());
        }
        Course course = importer.importCourse(bundle, users.findById(editor.userId()).orElseThrow());
        history.record(course.getId(), "Course", course.getId(), "imported",
                "Imported course " + course.getTitle() + " from a bundle", editor);
        return course.getSlug();
    }

    @Transactional(readOnly = true)
    public String exportFlashcards(String course, String sectionSlug, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        return FlashcardTsv.write(content.flashcards().findBySectionIdOrderByPosition(section.getId()).stream()
                .map(f -> new FlashcardBundle(f.getFront(), f.getBack())).toList());
    }

    /** Appends the file's cards to the section; returns how many. */
    @Transactional
    public int importFlashcards(String course, String sectionSlug, String tsv, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        List<FlashcardBundle> cards = FlashcardTsv.read(tsv);
        int position = (int) content.flashcards().countBySectionId(section.getId());
        for (FlashcardBundle card : cards) {
            content.flashcards().save(new Flashcard(section, ++position, card.front(), card.back()));
        }
        history.record(section.getCourse().getId(), "flashcard", null, "imported",
                "Imported " + cards.size() + " flashcards (TSV) into " + section.getTitle(), editor);
        return cards.size();
    }

    @Transactional(readOnly = true)
    public String exportQuestions(String course, String sectionSlug, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        return QuestionGift.write(questions.findBySectionIdOrderByPosition(section.getId()).stream()
                .map(QuestionMapping::toBundle).toList());
    }

    /**
     * Appends the file's questions to the bank; returns how many. Questions of a type we do not
     * have stop the import ({@link OtherTypesException}) unless {@code importOthers}.
     */
    @Transactional
    public int importQuestions(String course, String sectionSlug, String gift, boolean importOthers, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        List<QuestionBundle> read = QuestionGift.read(gift, importOthers);
        int position = (int) questions.countBySectionId(section.getId());
        for (QuestionBundle bundle : read) {
            var question = new Question(section, ++position, bundle.type(), bundle.prompt(), bundle.explanation(), 1);
            QuestionMapping.apply(question, bundle);
            questions.save(question);
        }
        history.record(section.getCourse().getId(), "question", null, "imported",
                "Imported " + read.size() + " questions (GIFT) into " + section.getTitle(), editor);
        return read.size();
    }

    @Transactional(readOnly = true)
    public void requireSection(String course, String sectionSlug, Editor editor) {
        access.section(course, sectionSlug, editor);
    }
}
