package com.studyhall.catalog;

import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The course page's outline ({@code catalog/course-kept :: outline}): every section with its
 * formats, time, badges and the reader's percentage done. It was the largest part of the course
 * page's rendering (a dozen expressions per section, some evaluated by SpEL's interpreter), and it
 * depends only on the course and on the reader's state: whether they are enrolled and their
 * {@link LearnerProgress.CourseProgress}. It is rendered once per such state and course version and
 * kept ({@link KeptPerState}); it has no forms.
 */
@Component
class CourseOutlineHtml {

    private static final int MOST_KEPT = 400;

    private final KeptHtml html;
    private final KeptPerState<Key> kept = new KeptPerState<>(MOST_KEPT);

    CourseOutlineHtml(KeptHtml html) {
        this.html = html;
    }

    String of(CourseOverview course, boolean enrolled, LearnerProgress.CourseProgress progress,
              HttpServletRequest request, HttpServletResponse response) {
        return html.perState(kept, new Key(course.slug(), enrolled, progress), course, "catalog/course-kept", "outline",
                () -> {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("course", course);
                    variables.put("enrolled", enrolled);
                    variables.put("progress", progress);
                    return variables;
                }, name -> "", request, response);
    }

    private record Key(String course, boolean enrolled, LearnerProgress.CourseProgress progress) {
    }
}
