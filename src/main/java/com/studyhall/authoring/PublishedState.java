package com.studyhall.authoring;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What learners of a published course see, as text by field: the course details, then each
 * published section's overview and the lines naming its content. Kept with every "published"
 * change, so the studio can compare the course as it is now with its last published state.
 */
@Component
class PublishedState {

    private final SectionRepository sections;
    private final ContentStudio content;

    PublishedState(SectionRepository sections, ContentStudio content) {
        this.sections = sections;
        this.content = content;
    }

    Map<String, String> of(Course course, Editor editor) {
        var state = new LinkedHashMap<>(CourseForm.of(course, sections).snapshot());
        for (Section section : sections.findByCourseIdOrderByPosition(course.getId())) {
            if (section.isPublished()) {
                state.put("Section " + section.getTitle(), describe(course, section, editor));
            }
        }
        return state;
    }

    private String describe(Course course, Section section, Editor editor) {
        SectionOutline outline = content.outline(course.getSlug(), section.getSlug(), editor);
        var text = new StringBuilder(section.getOverview()).append('\n');
        outline.lessonParts().forEach(line -> text.append("\nLesson part: ").append(line.text()));
        outline.kinds().forEach(kind -> kind.items().forEach(line ->
                text.append('\n').append(kind.singular()).append(": ").append(line.text())));
        outline.questions().forEach(line -> text.append("\nQuestion: ").append(line.text()));
        return text.toString();
    }
}
