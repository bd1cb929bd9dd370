package com.studyhall.study;

import com.studyhall.web.KeptHtml;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The parts of a section page that are the same for every learner (the lessons' dialogue, key
 * concepts, examples, memory aids, flashcards and glossary: most of its 85 KB), rendered to HTML
 * once per change of the section's published content and shared by every request.
 * <p>
 * Rendering them through Thymeleaf on every request was the largest part of the page's time. They
 * are rendered by the same engine and templates ({@code study/section-shared.html}, through
 * {@link KeptHtml}), so escaping is Thymeleaf's as before, and inserted unescaped. A kept copy
 * belongs to one {@link SectionContents} instance: when {@link PublishedSectionContents} reads the
 * content again after a change, the instance is new and the HTML is rendered again; an editor's
 * fresh copy renders for that request.
 */
@Component
class SharedSectionHtml {

    private static final String TEMPLATE = "study/section-shared";

    private final KeptHtml html;

    SharedSectionHtml(KeptHtml html) {
        this.html = html;
    }

    /** The shared HTML of this page's content (which must be unlocked). */
    Html of(SectionPage page, HttpServletRequest request, HttpServletResponse response) {
        return html.keep(new SectionKey(page.sectionId()), page.contents(), () -> render(page, request, response));
    }

    private Html render(SectionPage page, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(Map.of("page", page, "c", page.contents()));
        Map<Long, String> dialogues = new HashMap<>();
        for (SectionContents.LessonPartView part : page.contents().lessonParts()) {
            variables.put("part", part);
            dialogues.put(part.id(), html.render(TEMPLATE, "dialogue", variables, request, response));
        }
        variables.remove("part");
        return new Html(Map.copyOf(dialogues), html.render(TEMPLATE, "middle", variables, request, response),
                html.render(TEMPLATE, "flashcards", variables, request, response),
                html.render(TEMPLATE, "glossary", variables, request, response));
    }

    /** The rendered parts; {@link #dialogue} by lesson part id. */
    record Html(Map<Long, String> dialogues, String middle, String flashcards, String glossary) {

        public String dialogue(long partId) {
            return dialogues.getOrDefault(partId, "");
        }
    }

    private record SectionKey(long sectionId) {
    }
}
