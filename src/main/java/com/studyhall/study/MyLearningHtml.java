package com.studyhall.study;

import com.studyhall.catalog.CourseCard;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * "My learning" ({@code study/my-kept.html}) rendered once per learner state and kept: the page is
 * small but Thymeleaf walked every course and section on each visit, a quarter of its time
 * (docs/benchmarks.md). The key holds everything the fragment reads, all values (course cards,
 * progress, the queue's counts, the daily goal, what is no longer available), so the render
 * belongs to no snapshot; the goal form's CSRF token is a hole ({@link HtmlWithHoles}).
 */
@Component
class MyLearningHtml {

    private static final String TEMPLATE = "study/my-kept";
    private static final int MOST_KEPT = 1_000;

    private final KeptHtml html;
    private final KeptPerState<State> kept = new KeptPerState<>(MOST_KEPT);

    MyLearningHtml(KeptHtml html) {
        this.html = html;
    }

    String of(MyLearningPage.View view, HttpServletRequest request, HttpServletResponse response) {
        State state = new State(view.courses(), view.progress(), new Queue(view.queue().due(), view.queue().fresh()),
                view.unavailable(), view.goneSections(), view.goal());
        return html.perState(kept, state, KeptPerState.NO_SNAPSHOT, TEMPLATE, "myLearning", () -> Map.of(
                        "courses", state.courses(), "progress", state.progress(), "queue", state.queue(),
                        "unavailable", state.unavailable(), "goneSections", state.goneSections(), "goal", state.goal()),
                name -> "", request, response);
    }

    /** What the page shows of the review queue. */
    public record Queue(int due, int fresh) {
        public int total() {
            return due + fresh;
        }
    }

    private record State(List<CourseCard> courses, List<MyCourse> progress, Queue queue, List<Boolean> unavailable,
                         List<List<String>> goneSections, DailyGoal goal) {
    }
}
