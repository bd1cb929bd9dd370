package com.studyhall.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/**
 * {@code sh:html="${…}"} replaces its element with HTML that is ready as it is: HTML rendered
 * (and escaped) by Thymeleaf earlier and kept, such as a section's shared parts
 * ({@code study.SharedSectionHtml}). {@code sh:body="${…}"} keeps its element and makes that HTML
 * its body, as {@code th:utext} does: {@code <div sh:body="${#markdown.html(text)}">}.
 * Thymeleaf's {@code th:utext} parses any text with markup in it into a model before writing it
 * out again; for the 80 KB a section page inserts that parse cost as much as rendering it had.
 * Never use either for text that is not safe HTML already (Markdown goes through the sanitizing
 * renderer first).
 */
@Component
class RawHtmlDialect extends AbstractProcessorDialect {

    RawHtmlDialect() {
        super("Studyhall raw HTML", "sh", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new RawHtml(dialectPrefix, "html", true), new RawHtml(dialectPrefix, "body", false));
    }

    private static final class RawHtml extends AbstractAttributeTagProcessor {

        private final boolean replacesElement;

        RawHtml(String prefix, String attribute, boolean replacesElement) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, 1000, true);
            this.replacesElement = replacesElement;
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object html = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            String text = html == null ? "" : html.toString();
            if (replacesElement) {
                structureHandler.replaceWith(text, false);
            } else {
                structureHandler.setBody(text, false);
            }
        }
    }
}
