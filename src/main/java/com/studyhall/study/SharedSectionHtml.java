package com.studyhall.study;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of a section page that are the same for every learner (the lessons' dialogue, key
 * concepts, examples, memory aids, flashcards and glossary: most of its 85 KB), rendered to HTML
 * once per change of the section's published content and shared by every request.
 * <p>
 * Rendering them through Thymeleaf on every request was the largest part of the page's time. They
 * are rendered by the same engine and templates ({@code study/section-shared.html}), so escaping
 * is Thymeleaf's as before, and inserted unescaped. A kept copy belongs to one {@link SectionContents}
 * instance: when {@link PublishedSectionContents} reads the content again after a change, the
 * instance is new and the HTML is rendered again; an editor's fresh copy renders for that request.
 * Links are rendered without the response's URL encoding, so no session id can enter the copy.
 */
@Component
class SharedSectionHtml {

    private static final String TEMPLATE = "study/section-shared";

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Map<Long, Kept> bySection = new ConcurrentHashMap<>();

    SharedSectionHtml(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** The shared HTML of this page's content (which must be unlocked). */
    Html of(SectionPage page, HttpServletRequest request, HttpServletResponse response) {
        SectionContents contents = page.contents();
        Kept kept = bySection.get(page.sectionId());
        if (kept != null && kept.contents() == contents) {
            return kept.html();
        }
        Html html = render(page, request, response);
        bySection.put(page.sectionId(), new Kept(contents, html));
        return html;
    }

    private Html render(SectionPage page, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new UnencodedUrls(response)), Locale.ENGLISH);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("page", page);
        context.setVariable("c", page.contents());
        Map<Long, String> dialogues = new HashMap<>();
        for (SectionContents.LessonPartView part : page.contents().lessonParts()) {
            context.setVariable("part", part);
            dialogues.put(part.id(), fragment("dialogue", context));
        }
        context.removeVariable("part");
        return new Html(Map.copyOf(dialogues), fragment("middle", context), fragment("flashcards", context),
                fragment("glossary", context));
    }

    private String fragment(String name, WebContext context) {
        return templates.process(TEMPLATE, Set.of(name), context);
    }

    /** The rendered parts; {@link #dialogue} by lesson part id. */
    record Html(Map<Long, String> dialogues, String middle, String flashcards, String glossary) {

        public String dialogue(long partId) {
            return dialogues.getOrDefault(partId, "");
        }
    }

    private record Kept(SectionContents contents, Html html) {
    }

    /** Links as written: never a session id in a copy that every learner gets. */
    private static final class UnencodedUrls extends HttpServletResponseWrapper {

        UnencodedUrls(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
