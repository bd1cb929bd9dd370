package com.studyhall.games;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown read as the plain text a learner types or matches: no asterisks, backticks or links. */
final class PlainText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private PlainText() {
    }

    static String of(String markdown) {
        return markdown == null ? "" : TEXT.render(PARSER.parse(markdown)).strip().replaceAll("\\s+", " ");
    }
}
