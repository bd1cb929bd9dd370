package com.studyhall.authoring;

import com.studyhall.assessment.AttemptQuestionRepository;
import com.studyhall.assessment.ExpectedOutputs;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.assessment.QuestionUsage;
import com.studyhall.assessment.Regrader;
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
    private final AttemptQuestionRepository attemptQuestions;
    private final Regrader regrader;
    private final ExpectedOutputs expectedOutputs;
    private final StudioTrash trash;

    QuestionStudio(StudioAccess access, QuestionRepository questions, StudioHistory history, EntityManager entityManager,
                   AttemptQuestionRepository attemptQuestions, Regrader regrader, ExpectedOutputs expectedOutputs,
                   StudioTrash trash) {
        this.trash = trash;
        this.access = access;
        this.questions = questions;
        this.history = history;
        this.entityManager = entityManager;
        this.attemptQuestions = attemptQuestions;
        this.regrader = regrader;
        this.expectedOutputs = expectedOutputs;
    }

    /** What the engine printed for a predict-the-output question, for its author to see; else null. */
    @Transactional(readOnly = true)
    public String computedOutput(String course, String sectionSlug, long id, Editor editor) {
        return find(access.section(course, sectionSlug, editor), id).getExpectedOutput();
    }

    /** A program the engine refuses is refused here, with the engine's own words. */
    private void requireEngineAccepts(QuestionBundle bundle) {
        if (bundle.type() == com.studyhall.assessment.QuestionType.PREDICT_OUTPUT) {
            expectedOutputs.refusal(bundle.code()).ifPresent(reason -> {
                throw new BundleException("The memory lab engine cannot answer this program, so the question was"
                        + " not saved: " + reason);
            });
        }
    }

    /** How many attempts drew the question, so an editor knows before changing it. */
    @Transactional(readOnly = true)
    public QuestionUsage usage(String course, String sectionSlug, long id, Editor editor) {
        find(access.section(course, sectionSlug, editor), id);
        return attemptQuestions.usage(id);
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

    /** The question's form holding an earlier version from the history ("restore this version"). */
    @Transactional(readOnly = true)
    public QuestionForm formAt(String course, String sectionSlug, long id, long changeId, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        Question question = find(section, id);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        CourseStudio.requireAbout(change, "question", id);
        return QuestionForm.of(QuestionMapping.toBundle(question), question.getVersion()).restoring(change.after(), changeId);
    }

    /** Adds the question at the end of the bank; a {@link BundleException} names what is missing. */
    @Transactional
    public long create(String course, String sectionSlug, QuestionBundle bundle, Editor editor) {
        return create(course, sectionSlug, bundle, null, editor);
    }

    /** As above; with {@code trashedId} ("Restore with this text") the trashed question comes back with the bundle. */
    @Transactional
    public long create(String course, String sectionSlug, QuestionBundle bundle, Long trashedId, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        CourseBundleValidator.validateQuestion(bundle, "This question");
        requireEngineAccepts(bundle);
        if (trashedId != null && trash.restoreForEdit(section, "question", trashedId, editor)) {
            Question question = questions.findById(trashedId).orElseThrow();
            var before = QuestionMapping.snapshot(QuestionMapping.toBundle(question));
            QuestionMapping.apply(question, bundle);
            entityManager.lock(question, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            history.record(section.getCourse().getId(), "question", trashedId, "edited",
                    "Saved the text typed while it was deleted", editor, before, QuestionMapping.snapshot(bundle));
            return trashedId;
        }
        int position = (int) questions.countBySectionId(section.getId()) + 1;
        var question = new Question(section, position, bundle.type(), bundle.prompt(), bundle.explanation(), 1);
        QuestionMapping.apply(question, bundle);
        questions.save(question);
        history.record(section.getCourse().getId(), "question", question.getId(), "created",
                "Added a " + bundle.type().label().toLowerCase() + " question to " + section.getTitle(), editor,
                null, QuestionMapping.snapshot(QuestionMapping.toBundle(question)));
        return question.getId();
    }

    /**
     * Saves the question. Past attempts keep the version they drew either way; with
     * {@code regrade} they are also graded again with the saved answer key.
     */
    @Transactional
    public Regrader.Outcome update(String course, String sectionSlug, long id, QuestionForm form, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        CourseBundleValidator.validateQuestion(form.toBundle(), "This question");
        Question question = access.itemToSave(section, questions.findById(id), "Question", "question", id, history);
        Conflicts.merge(form, QuestionForm.of(QuestionMapping.toBundle(question), question.getVersion()),
                question.getVersion(), history.lastEditor(section.getCourse().getId(), "question", id), label -> label);
        QuestionBundle bundle = form.toBundle();
        CourseBundleValidator.validateQuestion(bundle, "The merged question");
        requireEngineAccepts(bundle);
        boolean regrade = form.isRegrade();
        var before = QuestionMapping.snapshot(QuestionMapping.toBundle(question));
        QuestionMapping.apply(question, bundle);
        // Options live in their own table; force the version up so an options-only edit counts too.
        entityManager.lock(question, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String what = (form.getRestoring() == null ? "Edited a " : "Restored an earlier version of a ") + bundle.type().label().toLowerCase() + " question of " + section.getTitle();
        Regrader.Outcome outcome = new Regrader.Outcome(0, 0);
        if (regrade) {
            questions.flush();
            outcome = regrader.regrade(question, editor.userId(), editor.name());
            what += " and regraded " + outcome.attempts() + " past attempts (" + outcome.scoresChanged()
                    + " scores changed)";
        }
        history.record(section.getCourse().getId(), "question", id, "edited", what, editor,
                before, QuestionMapping.snapshot(bundle));
        return outcome;
    }

    private Question find(Section section, long id) {
        return access.item(section, questions.findById(id), "Question");
    }
}
