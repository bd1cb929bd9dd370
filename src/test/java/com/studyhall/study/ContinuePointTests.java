package com.studyhall.study;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContinuePointTests {

    private static final Instant EARLY = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-12-03T10:00:00Z");

    private static ContinuePoint.Candidate section(long id, int done, int total) {
        // Parts carry the whole count here: done of total parts, nothing else in the section.
        var progress = new SectionProgress(id, done, total, false, false, 0, 0, 0, 0, 0, 0, null);
        return new ContinuePoint.Candidate(id, "S" + id, "/courses/c/s" + id, progress);
    }

    @Test
    void aLearnerWhoHasNotStudiedStartsAtTheFirstUnfinishedSection() {
        var point = ContinuePoint.choose(List.of(section(1, 0, 3), section(2, 0, 3)), Map.of()).orElseThrow();
        assertThat(point.title()).isEqualTo("S1");
        assertThat(point.reason()).isEqualTo(ContinuePoint.Reason.START);
    }

    @Test
    void theSectionStudiedLastComesBackWhileItIsUnfinished() {
        var sections = List.of(section(1, 1, 3), section(2, 1, 3), section(3, 0, 3));
        var point = ContinuePoint.choose(sections, Map.of(1L, LATE, 2L, EARLY)).orElseThrow();
        assertThat(point.title()).isEqualTo("S1");
        assertThat(point.reason()).isEqualTo(ContinuePoint.Reason.RESUME);
    }

    @Test
    void afterFinishingASectionTheNextUnfinishedOneFollows() {
        var sections = List.of(section(1, 0, 3), section(2, 3, 3), section(3, 3, 3), section(4, 1, 3));
        var point = ContinuePoint.choose(sections, Map.of(2L, LATE)).orElseThrow();
        assertThat(point.title()).isEqualTo("S4");
        assertThat(point.reason()).isEqualTo(ContinuePoint.Reason.NEXT);
    }

    @Test
    void pastTheLastSectionItWrapsToTheFirstUnfinishedOne() {
        var sections = List.of(section(1, 0, 3), section(2, 3, 3));
        assertThat(ContinuePoint.choose(sections, Map.of(2L, LATE)).orElseThrow().title()).isEqualTo("S1");
    }

    @Test
    void sectionsWithNothingToDoAreNeverSuggested() {
        var sections = List.of(section(1, 0, 0), section(2, 0, 2));
        assertThat(ContinuePoint.choose(sections, Map.of()).orElseThrow().title()).isEqualTo("S2");
    }

    @Test
    void aFinishedCourseHasNoPlaceToContinue() {
        assertThat(ContinuePoint.choose(List.of(section(1, 3, 3), section(2, 2, 2)), Map.of(1L, LATE))).isEmpty();
        assertThat(ContinuePoint.choose(List.of(), Map.of())).isEmpty();
    }
}
