package com.studyhall.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * Offers the Markdown renderer to templates as {@code #markdown}. Thymeleaf evaluates
 * {@code th:utext} in restricted mode, where bean references are refused, but expression
 * objects stay available.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "markdown";

    private final MarkdownRenderer renderer;

    MarkdownDialect(MarkdownRenderer renderer) {
        super("Markdown");
        this.renderer = renderer;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return renderer;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
