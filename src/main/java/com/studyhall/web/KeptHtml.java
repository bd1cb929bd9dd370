package com.studyhall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parts of pages that are the same for every reader (the lab's preset list, the catalog's course
 * grid, a course's outline), rendered to HTML once per version of what they show and inserted with
 * {@code sh:html}. Rendering them through Thymeleaf on every request was most of those pages' time
 * (docs/benchmarks.md).
 * <p>
 * A kept part belongs to one {@code source} object, a snapshot of published content: when the
 * snapshot is read again after a change it is a new object and the part is rendered again. The part
 * is rendered by the same engine and templates as the page, so escaping is Thymeleaf's. It must not
 * show anything of one reader: no names, no forms (a form carries its reader's CSRF token), no
 * {@code sec:} attributes. (A part with forms is kept with {@link HtmlWithHoles}, whose token is a hole.)
 */
@Component
public class KeptHtml {

    /** Variants per part are few (the catalog's filter combinations); past this many, start again. */
    private static final int MOST_KEPT = 512;

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();

    public KeptHtml(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * The fragment {@code template :: fragment} rendered with these variables, kept while
     * {@code source} is the same object; {@code variant} tells apart renderings of one source
     * (a filter, say) and must have value equality. The variables are asked for only to render.
     */
    public String of(String template, String fragment, Object variant, Object source,
                     Supplier<Map<String, ?>> variables, HttpServletRequest request, HttpServletResponse response) {
        return keep(new Part(template, fragment, variant), source,
                () -> render(template, fragment, variables.get(), request, response));
    }

    /**
     * What {@code render} makes (HTML, or several parts of it), kept under {@code key} while
     * {@code source} is the same object. For a caller that renders several fragments of one
     * snapshot together, such as a section page's shared parts.
     */
    @SuppressWarnings("unchecked")
    public <T> T keep(Object key, Object source, Supplier<T> render) {
        Kept found = kept.get(key);
        if (found != null && found.source() == source) {
            return (T) found.value();
        }
        T value = render.get();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(source, value));
        return value;
    }

    /**
     * A part kept per reader state ({@link KeptPerState}): the fragment rendered with these
     * variables on the first request in this state of this source, its CSRF token and named holes
     * ({@link HtmlWithHoles}) filled for this request, {@code parts} giving the named ones.
     */
    public <K> String perState(KeptPerState<K> kept, K state, Object source, String template, String fragment,
                               Supplier<Map<String, ?>> variables, Function<String, String> parts,
                               HttpServletRequest request, HttpServletResponse response) {
        String token = HtmlWithHoles.tokenOf(request);
        return kept.get(state, source,
                () -> HtmlWithHoles.of(render(template, fragment, variables.get(), request, response), token))
                .fill(token, parts);
    }

    /**
     * A whole page kept per reader state: the template rendered with the page's model on the first
     * request in this state of this source, answered to later ones without Thymeleaf, its CSRF token
     * filled for each. The key must hold everything the page shows that is not in {@code source}:
     * the layout's visitor (its header) included. A request that a redirect left a notice or a form's
     * errors for is rendered as usual, and so must be a page that shows anything else of one request
     * alone (a query, say): the caller does not ask for those.
     */
    public <K> View page(KeptPerState<K> kept, K state, Object source, String template,
                         Supplier<? extends Map<String, ?>> model,
                         HttpServletRequest request, HttpServletResponse response) {
        return page(kept, state, source, template, model, name -> "", request, response);
    }

    /**
     * {@link #page} for a page with named holes ({@link HtmlWithHoles#marker} in its model), which
     * {@code parts} fills on each request: a part kept elsewhere per its own state, say, so that the
     * page is kept only once for all of them.
     */
    public <K> View page(KeptPerState<K> kept, K state, Object source, String template,
                         Supplier<? extends Map<String, ?>> model, Function<String, String> parts,
                         HttpServletRequest request, HttpServletResponse response) {
        String token = HtmlWithHoles.tokenOf(request);
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (token == null || (flash != null && !flash.isEmpty())) {
            // Without a token there is no hole to make (and none in the page); what a redirect left
            // for this request (a notice, a form's errors) belongs to it alone.
            return new WholePage(HtmlWithHoles.of(render(template, null, model.get(), request, response), null)
                    .fill(null, parts));
        }
        return new WholePage(kept.get(state, source,
                () -> HtmlWithHoles.of(render(template, null, model.get(), request, response), token))
                .fill(token, parts));
    }

    /**
     * The fragment rendered now, for this request, by the page's own engine (the whole template when
     * {@code fragment} is null); nothing is kept.
     * <p>
     * Thymeleaf keeps a web context's variables as request attributes, so a render made while a
     * page is rendering (a layout part) would leave its variables, and its Spring request context
     * with its own model, in place of the page's: the page's forms then lost their binding results
     * ("Neither BindingResult nor plain target object…"). The attributes it sets are put back as
     * they were when it ends.
     */
    public String render(String template, String fragment, Map<String, ?> variables,
                         HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> set = new HashMap<>(variables);
        set.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        // As ThymeleafView does: through the request context a form gets its hidden fields (the CSRF
        // token, from Spring Security's RequestDataValueProcessor), as it does in a whole page.
        RequestContext spring = new RequestContext(request, response, request.getServletContext(), new HashMap<String, Object>(variables));
        set.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
        set.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT, new SpringWebMvcThymeleafRequestContext(spring, request));
        Map<String, Object> before = new HashMap<>();
        set.keySet().forEach(name -> before.put(name, request.getAttribute(name)));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), Locale.ENGLISH);
        set.forEach(context::setVariable);
        try {
            return templates.process(template, fragment == null ? null : Set.of(fragment), context);
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    request.removeAttribute(name);
                } else {
                    request.setAttribute(name, value);
                }
            });
        }
    }

    /** A kept page filled for one request, written as Thymeleaf's view would write it. */
    private record WholePage(String html) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(getContentType());
            response.getWriter().write(html);
        }
    }

    private record Part(String template, String fragment, Object variant) {
    }

    private record Kept(Object source, Object value) {
    }
}
