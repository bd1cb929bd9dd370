package com.studyhall.study;

import com.studyhall.web.HtmlWithHoles;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The unlocked part of a section page ({@code study/section-study.html}): every format with one
 * reader's marks, progress and summary level. It was rendered through Thymeleaf on every request,
 * per lesson part and chapter, and was most of the section page's time (docs/benchmarks.md).
 * <p>
 * Now it is rendered once per state of a reader and kept: the key holds everything the fragment
 * reads but the content (the page's titles, counts and neighbours, and the reader's
 * {@link LearnerState}, all values), and a kept render belongs to one {@link SectionContents}
 * instance, as {@link SharedSectionHtml}'s parts do ({@link KeptPerState}). Readers in the same state (every visitor of a
 * free preview, a learner reloading, learners at the same point) share one render. The forms' CSRF
 * token and the shared parts are holes ({@link HtmlWithHoles}), so a kept render holds no reader's
 * token and only the few kilobytes of its own markup.
 */
@Component
class StudyLayoutHtml {

    private static final String TEMPLATE = "study/section-study";
    /** Renders kept across all sections and states; the least recently used goes first. */
    private static final int MOST_KEPT = 600;

    private final KeptHtml html;
    private final SharedSectionHtml shared;
    private final KeptPerState<Key> kept = new KeptPerState<>(MOST_KEPT);

    StudyLayoutHtml(KeptHtml html, SharedSectionHtml shared) {
        this.html = html;
        this.shared = shared;
    }

    /** The unlocked section's HTML for this reader ({@code learner} null for a visitor or a preview). */
    String of(SectionPage page, LearnerState learner, HttpServletRequest request, HttpServletResponse response) {
        SharedSectionHtml.Html parts = shared.of(page, request, response);
        return html.perState(kept, new Key(withoutContents(page), learner), page.contents(), TEMPLATE, "studyLayout",
                () -> variables(page, learner), name -> part(parts, name), request, response);
    }

    private static Map<String, Object> variables(SectionPage page, LearnerState learner) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("page", page);
        variables.put("c", page.contents());
        variables.put("n", page.counts());
        variables.put("me", learner);
        variables.put("shared", Holes.INSTANCE);
        return variables;
    }

    private static String part(SharedSectionHtml.Html parts, String name) {
        return switch (name) {
            case "middle" -> parts.middle();
            case "flashcards" -> parts.flashcards();
            case "glossary" -> parts.glossary();
            default -> name.startsWith("dialogue-") ? parts.dialogue(Long.parseLong(name.substring("dialogue-".length()))) : "";
        };
    }

    static SectionPage withoutContents(SectionPage p) {
        return new SectionPage(p.sectionId(), p.courseSlug(), p.courseTitle(), p.sectionSlug(), p.sectionTitle(),
                p.overview(), p.number(), p.sectionCount(), p.previous(), p.next(), p.counts(), null, p.preview());
    }

    /** What the template reads as {@code shared} while rendering: the markers of the shared parts. */
    public static final class Holes {
        static final Holes INSTANCE = new Holes();

        public String dialogue(long partId) {
            return HtmlWithHoles.marker("dialogue-" + partId);
        }

        public String getMiddle() {
            return HtmlWithHoles.marker("middle");
        }

        public String getFlashcards() {
            return HtmlWithHoles.marker("flashcards");
        }

        public String getGlossary() {
            return HtmlWithHoles.marker("glossary");
        }
    }

    private record Key(SectionPage page, LearnerState learner) {
    }

}
