package com.studyhall.authoring;

import java.util.List;

/** Everything a section holds, as the studio's section page lists it. */
public record SectionOutline(List<Line> lessonParts, boolean hasSummary, boolean hasTest, List<KindList> kinds,
                             List<Line> questions) {

    /** One item: its id and the line that names it. */
    public record Line(long id, String text) {
    }

    public record KindList(String path, String plural, String singular, List<Line> items) {
    }
}
