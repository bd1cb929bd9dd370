package com.studyhall.study;

import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One query for every section's sizes says what the per-section count queries said. */
@StudyhallIntegrationTest
class SectionSizesTests {

    @Autowired
    SectionSizes sizes;

    @Autowired
    StudyRepositories content;

    @Autowired
    com.studyhall.assessment.QuestionRepository questions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDemoSectionHasTheSizesItsRowsGiveIt() {
        List<Long> ids = new ArrayList<>(jdbc.queryForList("select id from section", Long.class));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(7);
        ids.add(-1L);

        var found = sizes.of(ids);

        assertThat(found).doesNotContainKey(-1L).hasSize(ids.size() - 1);
        for (long id : ids.subList(0, ids.size() - 1)) {
            assertThat(found.get(id)).as("section " + id).isEqualTo(new ContentCounts(
                    content.lessonParts().countBySectionId(id), content.summaries().findBySectionId(id).isPresent(),
                    content.chapters().countBySectionId(id), content.keyConcepts().countBySectionId(id),
                    content.examples().countBySectionId(id), content.memoryAids().countBySectionId(id),
                    content.flashcards().countBySectionId(id), content.glossary().countBySectionId(id),
                    questions.countBySectionId(id)));
        }
        assertThat(found.values()).anySatisfy(size -> assertThat(size.cards()).isGreaterThan(16));
    }

    @Test
    void noSectionsNoQuery() {
        assertThat(sizes.of(List.of())).isEmpty();
    }
}
