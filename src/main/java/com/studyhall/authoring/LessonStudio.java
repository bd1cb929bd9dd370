package com.studyhall.authoring;

import com.studyhall.catalog.Section;
import com.studyhall.storage.FileStore;
import com.studyhall.storage.FileTooLargeException;
import com.studyhall.study.LessonPart;
import com.studyhall.study.StudyRepositories;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Audio-lesson parts in the studio: their text, their transcript and their recording. */
@Service
public class LessonStudio {

    /** The largest recording accepted: 50 MB. */
    public static final long MAX_AUDIO_BYTES = 50L * 1024 * 1024;
    static final String STORE_FAILED = "The recording could not be stored: the file store is full or cannot be "
            + "written. Nothing was changed; the lesson part keeps its previous recording. Please try again later.";
    private static final Logger log = LoggerFactory.getLogger(LessonStudio.class);

    private final StudioAccess access;
    private final StudyRepositories content;
    private final FileStore files;
    private final StudioHistory history;
    private final EntityManager entityManager;
    private final StudioTrash trash;

    LessonStudio(StudioAccess access, StudyRepositories content, FileStore files, StudioHistory history,
                 EntityManager entityManager, StudioTrash trash) {
        this.entityManager = entityManager;
        this.trash = trash;
        this.access = access;
        this.content = content;
        this.files = files;
        this.history = history;
    }

    /** The form of a part, and whether it has a recording. */
    public record Editing(LessonPartForm form, String audioContentType) {
    }

    @Transactional(readOnly = true)
    public void requireSection(String course, String sectionSlug, Editor editor) {
        access.section(course, sectionSlug, editor);
    }

    @Transactional(readOnly = true)
    public Editing part(String course, String sectionSlug, long id, Editor editor) {
        LessonPart part = find(access.section(course, sectionSlug, editor), id);
        return new Editing(LessonPartForm.of(part), part.getAudioContentType());
    }

    /** The part's form holding an earlier version from the history, turns included ("restore this version"). */
    @Transactional(readOnly = true)
    public Editing partAt(String course, String sectionSlug, long id, long changeId, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        LessonPart part = find(section, id);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        CourseStudio.requireAbout(change, "lesson part", id);
        return new Editing(LessonPartForm.of(part).restoring(change.after(), changeId), part.getAudioContentType());
    }

    @Transactional
    public long create(String course, String sectionSlug, LessonPartForm form, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        if (form.getTrashedId() != null && trash.restoreForEdit(section, "lesson part", form.getTrashedId(), editor)) {
            LessonPart part = find(section, form.getTrashedId());
            var before = LessonPartForm.of(part).snapshot();
            part.edit(form.getTitle(), form.getKeyTakeaway());
            part.replaceTurns(form.lines());
            entityManager.lock(part, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            history.record(section.getCourse().getId(), "lesson part", part.getId(), "edited",
                    "Saved the text typed while it was deleted", editor, before, form.snapshot());
            return part.getId();
        }
        int position = (int) content.lessonParts().countBySectionId(section.getId()) + 1;
        var part = new LessonPart(section, position, form.getTitle(), form.getKeyTakeaway());
        part.replaceTurns(form.lines());
        content.lessonParts().save(part);
        history.record(section.getCourse().getId(), "lesson part", part.getId(), "created",
                "Added lesson part " + part.getTitle() + " to " + section.getTitle(), editor, null, form.snapshot());
        return part.getId();
    }

    @Transactional
    public void update(String course, String sectionSlug, long id, LessonPartForm form, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        LessonPart part = access.itemToSave(section, content.lessonParts().findById(id), "Lesson part", "lesson part",
                id, history);
        Conflicts.merge(form, LessonPartForm.of(part), part.getVersion(),
                history.lastEditor(section.getCourse().getId(), "lesson part", id), label -> label);
        var before = LessonPartForm.of(part).snapshot();
        part.edit(form.getTitle(), form.getKeyTakeaway());
        part.replaceTurns(form.lines());
        // Turns live in their own table; force the part's version up so a turns-only edit still counts.
        entityManager.lock(part, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        history.record(section.getCourse().getId(), "lesson part", id, "edited",
                (form.getRestoring() == null ? "Edited lesson part " : "Restored an earlier version of lesson part ")
                        + part.getTitle(), editor,
                before, form.snapshot());
    }

    /**
     * Checks the first bytes, stores the file, then points the part at it and forgets the old
     * recording. Refused files leave nothing behind.
     */
    @Transactional
    public AudioFormat attachAudio(String course, String sectionSlug, long id, InputStream upload, Editor editor) {
        Section section = access.section(course, sectionSlug, editor);
        LessonPart part = find(section, id);
        try (var in = new BufferedInputStream(upload)) {
            in.mark(AudioFormat.HEAD_LENGTH);
            byte[] head = in.readNBytes(AudioFormat.HEAD_LENGTH);
            in.reset();
            AudioFormat format = AudioFormat.detect(head).orElseThrow(() -> new AudioRejectedException(
                    "This file is not an MP3, OGG, M4A or WAV recording (checked from its content, not its name)."));
            String key = files.put(in, MAX_AUDIO_BYTES);
            String previous = part.getAudioFileKey();
            part.attachAudio(key, format.contentType);
            if (previous != null) {
                files.delete(previous);
            }
            history.record(section.getCourse().getId(), "lesson part", id, "audio",
                    "Uploaded a " + format + " recording for " + part.getTitle(), editor);
            return format;
        } catch (FileTooLargeException tooLarge) {
            throw new AudioRejectedException("This recording is larger than 50 MB. Please upload a smaller file.");
        } catch (IOException storeFailed) {
            // A full or unwritable file store: the editor gets a clear refusal, the operator an error line.
            log.error("Recording for lesson part {} not stored: {}", id, storeFailed.toString());
            throw new AudioRejectedException(STORE_FAILED);
        }
    }

    private LessonPart find(Section section, long id) {
        return access.item(section, content.lessonParts().findById(id), "Lesson part");
    }
}
