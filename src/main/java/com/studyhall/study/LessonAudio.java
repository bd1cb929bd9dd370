package com.studyhall.study;

import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.storage.FileStore;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the recording of a lesson part in the file store. */
@Component
class LessonAudio {

    private final LessonPartRepository parts;
    private final FileStore files;

    LessonAudio(LessonPartRepository parts, FileStore files) {
        this.parts = parts;
        this.files = files;
    }

    /** A stored recording and its type. */
    record Recording(Resource file, MediaType type) {
    }

    /** The part's recording; 404 when the part is not in this section or has no file. */
    @Transactional(readOnly = true)
    Recording of(OpenSection section, long partId) {
        LessonPart part = parts.findById(partId)
                .filter(p -> p.getSection().getId().equals(section.sectionId()))
                .orElseThrow(() -> new CourseNotFoundException("Lesson part " + partId));
        Resource file = files.get(part.getAudioFileKey())
                .orElseThrow(() -> new CourseNotFoundException("Recording of lesson part " + partId));
        return new Recording(file, type(part.getAudioContentType()));
    }

    private static MediaType type(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException notAType) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
