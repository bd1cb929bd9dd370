package com.studyhall.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner picks a course up again. The section they studied last, unless they finished it:
 * then the next unfinished one after it (and, past the end, the first unfinished one). Someone who
 * has not studied yet starts at the first unfinished section. A finished course has no such place.
 */
public record ContinuePoint(String title, String path, Reason reason) {

    public enum Reason {
        /** Nothing studied yet. */
        START("Start with"),
        /** The section studied last, still unfinished. */
        RESUME("Continue where you left off:"),
        /** The section after the one studied last, which is finished. */
        NEXT("Up next:");

        private final String lead;

        Reason(String lead) {
            this.lead = lead;
        }

        public String lead() {
            return lead;
        }
    }

    /** One published section in course order, with its progress and path. */
    record Candidate(long sectionId, String title, String path, SectionProgress progress) {

        boolean finished() {
            return progress.done() >= progress.total();
        }
    }

    static Optional<ContinuePoint> choose(List<Candidate> sections, Map<Long, Instant> lastStudied) {
        int last = -1;
        Instant latest = null;
        for (int i = 0; i < sections.size(); i++) {
            Instant at = lastStudied.get(sections.get(i).sectionId());
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
                last = i;
            }
        }
        if (last >= 0 && !sections.get(last).finished()) {
            return Optional.of(at(sections.get(last), Reason.RESUME));
        }
        Reason reason = last < 0 ? Reason.START : Reason.NEXT;
        for (int step = 1; step <= sections.size(); step++) {
            Candidate next = sections.get((last + step + sections.size()) % sections.size());
            if (!next.finished()) {
                return Optional.of(at(next, reason));
            }
        }
        return Optional.empty();
    }

    private static ContinuePoint at(Candidate section, Reason reason) {
        return new ContinuePoint(section.title(), section.path(), reason);
    }
}
