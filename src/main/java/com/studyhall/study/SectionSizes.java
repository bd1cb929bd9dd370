package com.studyhall.study;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of each format many sections hold, in one query: the locked section page asked nine
 * count queries, and progress for "My learning" and the course page five per section. Items in
 * the studio's trash are not counted.
 */
@Component
class SectionSizes {

    private static final String SIZES = """
            select s.id,
                   (select count(*) from lesson_part x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from section_summary x where x.section_id = s.id),
                   (select count(*) from audiobook_chapter x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from key_concept x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from worked_example x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from memory_aid x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from flashcard x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from glossary_term x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from question x where x.section_id = s.id and x.trashed_at is null)
            from section s
            where s.id in (:ids)""";

    private final NamedParameterJdbcTemplate jdbc;

    SectionSizes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts by section id; sections that do not exist are missing from the map. */
    Map<Long, ContentCounts> of(Collection<Long> sectionIds) {
        Map<Long, ContentCounts> sizes = new HashMap<>();
        if (sectionIds.isEmpty()) {
            return sizes;
        }
        jdbc.query(SIZES, Map.of("ids", sectionIds), row -> {
            sizes.put(row.getLong(1), new ContentCounts(row.getLong(2), row.getLong(3) > 0, row.getLong(4),
                    row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)));
        });
        return sizes;
    }

    /** One section's counts; none for a section that does not exist. */
    ContentCounts of(long sectionId) {
        return of(java.util.List.of(sectionId)).getOrDefault(sectionId, ContentCounts.NONE);
    }
}
