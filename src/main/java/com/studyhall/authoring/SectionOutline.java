package com.studyhall.authoring;

import java.util.List;

/** Everything a section holds, as the studio's section page lists it. */
public record SectionOutline(List<Line> lessonParts, boolean hasSummary, boolean hasTest, List<KindList> kinds,
                             List<Line> questions) {

    /** One item: its id, the line that names it and, for a question, its category (else null). */
    public record Line(long id, String text, String category) {

        public Line(long id, String text) {
            this(id, text, null);
        }
    }

    public record KindList(String path, String plural, String singular, List<Line> items) {
    }
}
