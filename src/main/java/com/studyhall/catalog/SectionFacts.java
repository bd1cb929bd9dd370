package com.studyhall.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the course outline tells a chooser about each section: the formats it teaches with and
 * how long it takes. Declared here so the catalog needs no study code; the study feature
 * implements it from the section's content.
 */
public interface SectionFacts {

    /** Facts by section id; a section without content has no formats and zero minutes. */
    Map<Long, Facts> of(Collection<Long> sectionIds);

    /** The formats by name ("Audio lessons", "Flashcards", …) and the estimated minutes of study. */
    record Facts(List<String> formats, int minutes) {

        public static final Facts NONE = new Facts(List.of(), 0);

        public String duration() {
            return Durations.label(minutes);
        }
    }

    /** Minutes as a reader likes them: "25 min", "1 h", "3 h 20 min". */
    final class Durations {

        private Durations() {
        }

        public static String label(int minutes) {
            if (minutes < 60) {
                return Math.max(minutes, 1) + " min";
            }
            int hours = minutes / 60;
            int rest = minutes % 60;
            return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        }
    }
}
