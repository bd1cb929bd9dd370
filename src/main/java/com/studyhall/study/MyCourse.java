package com.studyhall.study;

import java.util.List;

/**
 * One enrolled course on "My learning": overall percent, each section's progress, and where to go on
 * ({@code continueAt} is null once every section is finished).
 */
public record MyCourse(int percent, List<MySection> sections, ContinuePoint continueAt) {

    public int cardsDue() {
        return sections.stream().mapToInt(s -> s.progress().cardsDue()).sum();
    }

    public int cardsNew() {
        return sections.stream().mapToInt(s -> s.progress().cardsNew()).sum();
    }

    /** A section line: its title, link and progress. */
    public record MySection(String title, String path, SectionProgress progress) {
    }
}
