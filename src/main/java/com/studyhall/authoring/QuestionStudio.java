package com.studyhall.authoring;

import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import com.studyhall.catalog.Section;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A section's question bank in the studio. */
@Service
public class QuestionStudio {

    private final StudioAccess access;
    private final QuestionRepository questions;
    private final StudioHistory history;
    private final EntityManager entityManager;

    QuestionStudio(StudioAccess access, QuestionRepository questions, StudioHistory history, EntityManager entityManager) {
        this.access = access;
        this.questions = questions;
        this.history = history;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public void requireSection(String course, String sectionSlug, Editor editor) {
        access.section(course, sectionSlug, editor);
    }

    @Transactional(readOnly = true)
    public QuestionForm form(String course, String sectionSlug, long id, Editor editor) {
        Question question = find(access.section(course, sectionSlug, editor), id);
        return QuestionForm.of(QuestionMapping.toBundle(question), question.getVersion());
    }

    /** Adds the question at the end of the bank; a {@link BundleException} names what is missing. */
    @Transactional
    public long create(String course, String sectionSlug, QuestionBundle bundle, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        CourseBundleValidator.validateQuestion(bundle, "This question");
        int position = (int) questions.countBySectionId(section.getId()) + 1;
        var question = new Question(section, position, bundle.type(), bundle.prompt(), bundle.explanation(), 1);
        QuestionMapping.apply(question, bundle);
        questions.save(question);
        history.record(section.getCourse().getId(), "question", question.getId(), "created",
                "Added a " + bundle.type().label().toLowerCase() + " question to " + section.getTitle(), editor);
        return question.getId();
    }

    @Transactional
    public void update(String course, String sectionSlug, long id, QuestionBundle bundle, long version, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        CourseBundleValidator.validateQuestion(bundle, "This question");
        Question question = find(section, id);
        Conflicts.check(version, question.getVersion(), QuestionMapping.snapshot(bundle),
                QuestionMapping.snapshot(QuestionMapping.toBundle(question)));
        QuestionMapping.apply(question, bundle);
        // Options live in their own table; force the version up so an options-only edit counts too.
        entityManager.lock(question, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        history.record(section.getCourse().getId(), "question", id, "edited",
                "Edited a " + bundle.type().label().toLowerCase() + " question of " + section.getTitle(), editor);
    }

    private Question find(Section section, long id) {
        return access.item(section, questions.findById(id), "Question");
    }
}
