package com.studyhall.authoring;

import com.studyhall.assessment.MockTest;
import com.studyhall.assessment.MockTestRepository;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.assessment.TestSettings;
import com.studyhall.catalog.Section;
import com.studyhall.study.SectionSummary;
import com.studyhall.study.SectionSummaryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The one-per-section parts: the summary and the mock-test settings. Missing ones are created on first save. */
@Service
public class SectionExtrasStudio {

    private final StudioAccess access;
    private final SectionSummaryRepository summaries;
    private final MockTestRepository tests;
    private final QuestionRepository questions;
    private final StudioHistory history;

    SectionExtrasStudio(StudioAccess access, SectionSummaryRepository summaries, MockTestRepository tests,
                        QuestionRepository questions, StudioHistory history) {
        this.access = access;
        this.summaries = summaries;
        this.tests = tests;
        this.questions = questions;
        this.history = history;
    }

    /** The section's id, which names its summary and its test settings in the history. */
    @Transactional(readOnly = true)
    public long sectionId(String course, String sectionSlug, Editor editor) {
        return access.section(course, sectionSlug, editor).getId();
    }

    @Transactional(readOnly = true)
    public SummaryForm summary(String course, String sectionSlug, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        return summaries.findBySectionId(section.getId()).map(SummaryForm::of).orElseGet(SummaryForm::new);
    }

    /** The summary form holding an earlier version from the history ("restore this version"). */
    @Transactional(readOnly = true)
    public SummaryForm summaryAt(String course, String sectionSlug, long changeId, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        CourseStudio.requireAbout(change, "summary", section.getId());
        return summaries.findBySectionId(section.getId()).map(SummaryForm::of).orElseGet(SummaryForm::new)
                .restoring(change.after(), changeId);
    }

    /** The test-settings form holding an earlier version from the history. */
    @Transactional(readOnly = true)
    public SettingsForm settingsAt(String course, String sectionSlug, long changeId, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        CourseStudio.requireAbout(change, "test settings", section.getId());
        return tests.findBySectionId(section.getId()).map(t -> SettingsForm.of(t.settings(), t.getVersion()))
                .orElseGet(SettingsForm::new).restoring(change.after(), changeId);
    }

    @Transactional
    public void saveSummary(String course, String sectionSlug, SummaryForm form, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        Optional<SectionSummary> stored = summaries.findBySectionId(section.getId());
        var before = stored.map(summary -> SummaryForm.of(summary).snapshot()).orElse(null);
        if (stored.isPresent()) {
            SectionSummary summary = stored.get();
            Conflicts.merge(form, SummaryForm.of(summary), summary.getVersion(),
                    history.lastEditor(section.getCourse().getId(), "summary", section.getId()), label -> label);
            summary.edit(form.getBasic(), form.getMedium(), form.getDetailed());
            summaries.flush();
        } else {
            summaries.save(new SectionSummary(section, form.getBasic(), form.getMedium(), form.getDetailed()));
        }
        history.record(section.getCourse().getId(), "summary", section.getId(), stored.isPresent() ? "edited" : "created",
                restored(form, "Saved the summary of ") + section.getTitle(), editor, before, form.snapshot());
    }

    /** The history line's opening: a save from "restore this version" says so. */
    private static String restored(MergeableForm<?> form, String saved) {
        return form.getRestoring() == null ? saved : saved.replace("Saved the", "Restored an earlier version of the");
    }

    @Transactional(readOnly = true)
    public SettingsForm settings(String course, String sectionSlug, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        return tests.findBySectionId(section.getId()).map(t -> SettingsForm.of(t.settings(), t.getVersion()))
                .orElseGet(SettingsForm::new);
    }

    @Transactional(readOnly = true)
    public long questionCount(String course, String sectionSlug, Editor editor) {
        return questions.countBySectionId(access.section(course, sectionSlug, editor).getId());
    }

    @Transactional
    public void saveSettings(String course, String sectionSlug, SettingsForm form, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        TestSettings settings = form.toSettings();
        Optional<MockTest> stored = tests.findBySectionId(section.getId());
        var before = stored.map(test -> SettingsForm.of(test.settings(), test.getVersion()).snapshot()).orElse(null);
        if (stored.isPresent()) {
            MockTest test = stored.get();
            Conflicts.merge(form, SettingsForm.of(test.settings(), test.getVersion()), test.getVersion(),
                    history.lastEditor(section.getCourse().getId(), "test settings", section.getId()), label -> label);
            test.apply(form.toSettings());
            tests.flush();
        } else {
            tests.save(new MockTest(section, settings));
        }
        history.record(section.getCourse().getId(), "test settings", section.getId(), stored.isPresent() ? "edited" : "created",
                restored(form, "Saved the mock-test settings of ") + section.getTitle(), editor, before, form.snapshot());
    }
}
